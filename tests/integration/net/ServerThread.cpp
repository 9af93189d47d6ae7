#include "ServerThread.h"

#include <QMetaObject>

namespace outpost::test {

ServerThread::ServerThread()
    : m_context(new QObject)
{
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

ServerThread::~ServerThread()
{
    QObject *context = m_context;
    runBlocking([context] { delete context; });
    m_thread.quit();
    m_thread.wait();
}

void ServerThread::runBlocking(const std::function<void()> &work)
{
    QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
}

} // namespace outpost::test

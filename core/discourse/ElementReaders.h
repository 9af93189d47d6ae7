#pragma once

// Internal to core/discourse: readers for the objects that appear inside many responses
// (posts, topic list rows, users, categories). Each reads one JSON object through an
// ObjectReader; errors land in the reader's State.

#include "JsonReader.h"
#include "Types.h"

#include <optional>

namespace outpost::discourse::json {

// `topicIdFallback` is used where the enclosing response names the topic (a topic's post
// stream) and some server versions leave topic_id out of each post.
Post readPost(ObjectReader &reader, std::optional<qint64> topicIdFallback = std::nullopt);
TopicListItem readTopicListItem(ObjectReader &reader);
User readUser(ObjectReader &reader);
Category readCategory(ObjectReader &reader);

// Unknown levels read as Regular, the server's own default.
NotificationLevel toNotificationLevel(int value);

// "tags": ["a", "b"] in most versions, [{"id":..,"name":"a",..}] in some newer ones.
QStringList readTags(ObjectReader &reader);

// Reads every element of `array` (objects) with `readOne`, reserving the list up front.
template <typename T, typename ReadOne>
QList<T> readObjectList(const Value &array, const Path &arrayPath, State &state, ReadOne &&readOne)
{
    QList<T> result;
    result.reserve(array.size());
    qsizetype index = 0;
    for (const Value element : array) {
        const Path itemPath(arrayPath, index++);
        ObjectReader item(objectElement(element, itemPath, state), itemPath, state);
        if (state.failed())
            break;
        result.append(readOne(item));
        if (state.failed())
            break;
    }
    return result;
}

} // namespace outpost::discourse::json

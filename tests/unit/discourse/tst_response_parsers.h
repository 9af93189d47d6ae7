#pragma once

// The test class is declared here rather than in the .cpp because moc cannot read the .cpp:
// its raw-string JSON literals confuse moc's lexer.

#include <QObject>

class TestResponseParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFixtureParses();
    void topicDetailFixture();
    void topicDetailDocsFixture();
    void topicListFixtures();
    void topicPostsFixtureIgnoresNonStringRaw();
    void latestPostsFixtureHasRaw();
    void singlePostAndLikes();
    void createAndEditResults();
    void notificationsBothShapes();
    void searchBothShapes();
    void siteAndCategories();
    void currentUser();
    void userActionsAndSuccess();
    void malformedInputs_data();
    void malformedInputs();
    void errorToStringJoinsPathAndMessage();
    void lenientWhereDiscourseIsLoose();
    void timestamps_data();
    void timestamps();
};

#pragma once

// Declared here rather than in the .cpp: moc cannot read raw string literals that contain
// \" or an odd number of quotes, and the .cpp is full of JSON written that way.

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
    void everyPrefixOfAResponseIsRefused();
    void corruptedBytesNeverCrash();
};

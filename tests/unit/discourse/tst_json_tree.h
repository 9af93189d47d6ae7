#pragma once

// Declared here rather than in the .cpp: moc cannot read raw string literals that contain
// \" or an odd number of quotes, and the .cpp is full of JSON written that way.

#include <QObject>

class TestJsonTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scalarsAndContainers();
    void stringEscapes();
    void loneSurrogatesAreRefused();
    void numbers();
    void numbersSimdjsonCannotRepresentAreRefused();
    void invalidDocuments_data();
    void invalidDocuments();
    void everyPrefixOfEveryFixtureStopsEarly();
    void deepButAllowedNesting();
    void memberLookupInAnyOrder();
    void reparsingReplacesTheDocument();
    void treesAliveTogetherKeepTheirDocuments();
    void treesOnSeveralThreads();
};

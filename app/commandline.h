#pragma once

#include "net/sitefault.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <vector>

namespace conlab {

class Scenario;

// What the command line asked for, after validation against the scenarios' parameter tables.
struct Command
{
    enum Kind { Gui, Open, List, Run, Version, Help, Serve } kind = Gui;
    const Scenario *scenario = nullptr;
    QString variant;
    QVariantMap params;
    bool json = false;
    QString exportPath;
    QSize size{1920, 1080};
    QString file; // open FILE
    std::vector<int> schedule; // --schedule 1,2,1,2
    int trials = 0;            // --trials N
    bool sweep = false;        // --sweep: workers 1 … sweepMax
    int sweepMax = 0;          // --workers when given, else the scenario's default sweep
    bool compare = false;      // --compare: every variant, one after the other, on one time axis
    bool variantGiven = false; // --variant, --lock or --no-lock was given
    QString outDir;            // --out DIR: where a run saves what it produces
    // serve: the practice site alone
    int port = 0;
    int pages = 9;
    int latencyMs = 100;
    SiteFaults faults;
};

struct ParseResult
{
    Command command;
    QString error; // non-empty: one line for stderr, exit code 2
};

ParseResult parseCommandLine(const QStringList &args);

QString usageText();

} // namespace conlab

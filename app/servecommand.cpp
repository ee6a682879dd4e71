#include "servecommand.h"

#include "net/practicesite.h"
#include "printline.h"
#include "stopsignals.h"

#include <QCoreApplication>

#include <cstdio>

namespace conlab {

namespace {

} // namespace

int serveCommand(const Command &command)
{
    StopSignals stopSignals; // before the site's threads start: they inherit the blocked signals
    SiteOptions options;
    options.port = quint16(command.port);
    options.pages = command.pages;
    options.latencyMs = command.latencyMs;
    options.faults = command.faults;
    PracticeSite site(options);
    QString error;
    if (!site.start(&error)) {
        printError(error);
        return 2;
    }
    printLine(stdout, QCoreApplication::translate("CommandLine", "practice site on %1 (%2 pages of 20 posts, %3 ms per request); Ctrl+C stops it")
                          .arg(site.url())
                          .arg(options.pages)
                          .arg(options.latencyMs));
    for (int p = 1; p <= options.pages; ++p) {
        QString line = QStringLiteral("  ") + site.pageUrl(p);
        if (options.faults.contains(p))
            line += QCoreApplication::translate("CommandLine", "   (fault: %1)").arg(siteFaultName(options.faults.value(p)));
        printLine(stdout, line);
    }
    printLine(stdout, QCoreApplication::translate("CommandLine", "In Python: urls = [f\"%1/p/{page}\" for page in range(1, %2)]")
                          .arg(site.url(QString()))
                          .arg(options.pages + 1));
    printLine(stdout, QCoreApplication::translate("CommandLine", "(\"%1/#p2\" would ask for \"/\" every time: the part after # never reaches the server)")
                          .arg(site.url(QString())));
    while (!stopSignals.caught(200)) {
    }
    site.stop();
    printLine(stdout, QCoreApplication::translate("CommandLine", "stopped; requests received: %1").arg(site.requestsSeen()));
    return 0;
}

} // namespace conlab

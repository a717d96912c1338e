// SPDX-License-Identifier: GPL-3.0-or-later
// Find figures on a generated project (2 journeys x 10 stages x 2,000 touchpoints each, with
// their pain points, opportunities and insights): building the FTS5 trigram index, a search
// with the index built (a long word and a two-character LIKE fallback), and keeping the index
// current after an edit.

#include "document/commands/edittouchpoint.h"
#include "document/document.h"
#include "document/projectsearch.h"
#include "interchange/projectgenerator.h"
#include "storage/projectfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace cjm;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    qputenv("JOURNEYSTUDIO_WORKDIR", dir.filePath(QStringLiteral("work")).toUtf8());
    ProjectGenerator::Options options;
    options.journeys = 2;
    options.stagesPerJourney = 10;
    options.touchpointsPerJourney = 2000;
    options.seed = 1;
    const Project project = ProjectGenerator(options).generate();
    const QString path = dir.filePath(QStringLiteral("search.cjm"));
    if (const Status s = ProjectFile::create(path, project); !s) {
        out << s.message() << Qt::endl;
        return 1;
    }
    Document::OpenResult result;
    std::unique_ptr<Document> document = Document::open(path, {}, &result);
    if (!document) {
        out << result.status.message() << Qt::endl;
        return 1;
    }
    const Project &p = document->project();
    const int rows = p.personas().size() + p.journeys().size() + p.stages().size()
            + p.touchpoints().size() + p.painPoints().size() + p.opportunities().size()
            + p.insights().size();
    out << QStringLiteral("indexed entities: %1").arg(rows) << Qt::endl;

    ProjectSearch search(document.get());
    QElapsedTimer timer;
    timer.start();
    const int first = int(search.search(QStringLiteral("zzqx")).size()); // builds the index
    out << QStringLiteral("first search (builds the index): %1 ms, %2 hits")
                    .arg(msSince(timer), 0, 'f', 1)
                    .arg(first)
        << Qt::endl;

    const QString word = p.touchpoints().begin()->title.section(QLatin1Char(' '), 0, 0);
    for (const QString &query : {word, word.left(2)}) {
        timer.restart();
        const int hits = int(search.search(query).size());
        out << QStringLiteral("search \"%1\": %2 ms, %3 hits")
                        .arg(query)
                        .arg(msSince(timer), 0, 'f', 1)
                        .arg(hits)
            << Qt::endl;
    }

    const QUuid id = p.touchpoints().begin()->id;
    timer.restart();
    MutationCommand::push(document.get(),
                          new EditTouchpoint(document.get(), id, QStringLiteral("title"),
                                             QStringLiteral("Quokka desk")));
    const double editMs = msSince(timer);
    timer.restart();
    const int hits = int(search.search(QStringLiteral("quokka")).size());
    out << QStringLiteral("edit incl. index update: %1 ms; search after it: %2 ms, %3 hit(s)")
                    .arg(editMs, 0, 'f', 1)
                    .arg(msSince(timer), 0, 'f', 1)
                    .arg(hits)
        << Qt::endl;
    return 0;
}

// A child process for tst_ledgerwriter: writes a steady stream of events to a ledger and
// prints "ack <seq>" for each event once it is durable, until it is killed, the count is
// reached ("done") or the ledger fails ("failed <code>: <message>", exit code 3).
//   ledger_writer <data-dir> <events per tick> <count, 0 = forever> [file size limit, bytes]

#include "support/SampleEvents.h"

#include "ledger/Ledger.h"

#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: ledger_writer DATA_DIR PER_TICK COUNT [FSIZE_LIMIT]\n");
        return 2;
    }
    const int perTick = args.at(2).toInt();
    const qint64 count = args.at(3).toLongLong();
    if (args.size() > 4) {
        // A full disk, simulated: writes past the limit fail with EFBIG instead of a signal.
        std::signal(SIGXFSZ, SIG_IGN);
        const rlim_t limit = args.at(4).toULongLong();
        const rlimit fsize{limit, limit};
        if (setrlimit(RLIMIT_FSIZE, &fsize) != 0) {
            std::perror("setrlimit");
            return 2;
        }
    }
    ledger::LedgerOptions options;
    options.checkpointEvery = 500; // so that a kill finds checkpoints saved while running
    auto opened = ledger::Ledger::open(args.at(1), options);
    if (!opened) {
        std::printf("failed %s: %s\n", qPrintable(opened.error().code), qPrintable(opened.error().message));
        return 3;
    }
    std::unique_ptr<ledger::Ledger> ledger = std::move(opened).value();
    std::printf("opened\n");
    std::fflush(stdout);

    QRandomGenerator rng(42);
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    qint64 submitted = 0;
    qint64 acknowledged = 0;
    bool failed = false;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        for (int i = 0; i < perTick && (count == 0 || submitted < count); ++i, ++submitted) {
            const qint64 seq = ledger->submit(sample::randomEvent(rng, startMs));
            ledger->whenDurable(seq, &app, [&](base::Result<qint64> result) {
                if (result) {
                    std::printf("ack %lld\n", static_cast<long long>(*result));
                    std::fflush(stdout);
                    if (++acknowledged == count) {
                        std::printf("done\n");
                        app.exit(0);
                    }
                } else if (!failed) {
                    failed = true;
                    std::printf("failed %s: %s\n", qPrintable(result.error().code), qPrintable(result.error().message));
                    std::fflush(stdout);
                    app.exit(3);
                }
            });
        }
    });
    tick.start(1);
    return app.exec();
}

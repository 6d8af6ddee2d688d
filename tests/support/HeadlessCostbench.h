#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

#include <csignal>

// `costbench --headless --port 0` in a child process, as a user or a script runs it, with
// the address it printed. The test target defines COSTBENCH_EXECUTABLE.
struct HeadlessCostbench
{
    QProcess process;
    QUrl url;

    // True once the program printed "listening on http://127.0.0.1:PORT".
    bool start(const QStringList &arguments)
    {
        process.setProgram(QStringLiteral(COSTBENCH_EXECUTABLE));
        process.setArguments(QStringList{QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                                         QStringLiteral("--sim-latency-ms"), QStringLiteral("10")}
                             + arguments);
        process.start();
        if (!process.waitForStarted(10000))
            return false;
        QByteArray line;
        for (int i = 0; i < 200 && !line.endsWith('\n'); ++i) {
            process.waitForReadyRead(100);
            line += process.readLine();
        }
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)\\n$"))
                .match(QString::fromUtf8(line));
        url = QUrl(m.captured(1));
        return m.hasMatch();
    }

    // Sends the signal and returns the exit code (-1 for a crash exit).
    int stop(int signal)
    {
        ::kill(pid_t(process.processId()), signal);
        process.waitForFinished(20000);
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
};

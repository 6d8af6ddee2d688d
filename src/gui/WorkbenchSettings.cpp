#include "gui/WorkbenchSettings.h"

#include <qt6keychain/keychain.h>

#include <QSettings>

namespace gui {

namespace {

const QString KeychainService = QStringLiteral("costbench");
const QString KeychainKey = QStringLiteral("openai-api-key");

// QtKeychain often says only "Unknown error": name the cause from the code, so that the
// person knows what to start or where else the key can come from.
QString keychainError(const QKeychain::Job &job)
{
    const QString detail = job.errorString();
    const bool vague = detail.isEmpty() || detail == QLatin1String("Unknown error");
    QString cause;
    if (job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser)
        cause = QObject::tr("the keychain refused access");
    else if (job.error() == QKeychain::NoBackendAvailable || vague)
        cause = QObject::tr("no keychain service answered (Secret Service or KWallet, over D-Bus)");
    else
        cause = detail;
    return cause + QObject::tr(". Set OPENAI_API_KEY in the environment instead.");
}

} // namespace

WorkbenchSettings WorkbenchSettings::load()
{
    QSettings s;
    WorkbenchSettings w;
    w.provider = s.value(QStringLiteral("provider/kind")).toString() == QLatin1String("openai")
                     ? backend::ProviderKind::OpenAI
                     : backend::ProviderKind::Simulated;
    w.baseUrl = s.value(QStringLiteral("provider/baseUrl")).toString();
    w.model = s.value(QStringLiteral("provider/model")).toString();
    w.hasSimulation = s.contains(QStringLiteral("simulation/baseLatencyMs"));
    w.simulation.baseLatencyMs =
        s.value(QStringLiteral("simulation/baseLatencyMs"), w.simulation.baseLatencyMs).toInt();
    w.simulation.perTokenMs = s.value(QStringLiteral("simulation/perTokenMs"), w.simulation.perTokenMs).toInt();
    w.simulation.failureRate = s.value(QStringLiteral("simulation/failureRate"), w.simulation.failureRate).toDouble();
    w.simulation.faultKind = backend::faultKindFromName(s.value(QStringLiteral("simulation/faultKind")).toString())
                                 .value_or(w.simulation.faultKind);
    w.pricesFile = s.value(QStringLiteral("prices/file")).toString();
    w.retentionBytes = s.value(QStringLiteral("ledger/retentionBytes"), 0).toLongLong();
    const int headers = s.beginReadArray(QStringLiteral("documents/callHeaders"));
    for (int i = 0; i < headers; ++i) {
        s.setArrayIndex(i);
        w.callHeaders.append({s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("value")).toString()});
    }
    s.endArray();
    w.callHeadersShown = s.value(QStringLiteral("documents/callHeadersShown"), false).toBool();
    return w;
}

void WorkbenchSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("provider/kind"),
               provider == backend::ProviderKind::OpenAI ? QStringLiteral("openai") : QStringLiteral("sim"));
    s.setValue(QStringLiteral("provider/baseUrl"), baseUrl);
    s.setValue(QStringLiteral("provider/model"), model);
    s.setValue(QStringLiteral("simulation/baseLatencyMs"), simulation.baseLatencyMs);
    s.setValue(QStringLiteral("simulation/perTokenMs"), simulation.perTokenMs);
    s.setValue(QStringLiteral("simulation/failureRate"), simulation.failureRate);
    s.setValue(QStringLiteral("simulation/faultKind"), backend::faultKindName(simulation.faultKind));
    s.setValue(QStringLiteral("prices/file"), pricesFile);
    if (retentionBytes > 0)
        s.setValue(QStringLiteral("ledger/retentionBytes"), retentionBytes);
}

void WorkbenchSettings::saveCallHeaders(const QList<CallHeader> &headers, bool shown)
{
    QSettings s;
    s.remove(QStringLiteral("documents/callHeaders")); // no rows left over from a longer list
    s.beginWriteArray(QStringLiteral("documents/callHeaders"), int(headers.size()));
    for (int i = 0; i < headers.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), headers.at(i).name);
        s.setValue(QStringLiteral("value"), headers.at(i).value);
    }
    s.endArray();
    s.setValue(QStringLiteral("documents/callHeadersShown"), shown);
}

void WorkbenchSettings::readApiKey(QObject *context, std::function<void(base::Result<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(KeychainService, context);
    job->setKey(KeychainKey);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() == QKeychain::EntryNotFound)
            return done(QString());
        if (job->error() != QKeychain::NoError)
            return done(base::Error{QStringLiteral("keychain"), keychainError(*job)});
        done(job->textData());
    });
    job->start();
}

void WorkbenchSettings::writeApiKey(const QString &key, QObject *context,
                                    std::function<void(std::optional<base::Error>)> done)
{
    QKeychain::Job *job = nullptr;
    if (key.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(KeychainService, context);
    } else {
        auto *write = new QKeychain::WritePasswordJob(KeychainService, context);
        write->setTextData(key);
        job = write;
    }
    job->setKey(KeychainKey);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            return done(base::Error{QStringLiteral("keychain"), keychainError(*job)});
        done(std::nullopt);
    });
    job->start();
}

} // namespace gui

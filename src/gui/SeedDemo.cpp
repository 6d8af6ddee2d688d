#include "gui/SeedDemo.h"

#include "gui/ApiClient.h"
#include "gui/LoadPanel.h"
#include "payi/Attribution.h"

#include <QJsonObject>
#include <QTimer>

namespace gui {

namespace {

constexpr int AppendCount = 2;

struct Append
{
    const char *user;
    const char *text;
};
constexpr Append Appends[AppendCount] = {
    {"bob", "and then the first frost came"},
    {"carol", "until spring turned every branch green again"},
};

} // namespace

SeedDemo::SeedDemo(ApiClient &api, LoadPanel &load, QObject *parent) : QObject(parent), m_api(api), m_load(load)
{
    connect(&m_load, &LoadPanel::finished, this, &SeedDemo::loadFinished);
    connect(&m_load, &LoadPanel::failed, this, [this](const QString &message) {
        if (m_running && m_loadMode)
            fail(tr("start the load"), message);
    });
}

backend::LoadPlan SeedDemo::loadPlan()
{
    backend::LoadPlan plan;
    plan.requests = 40;
    plan.concurrency = 20;
    plan.ratePerSecond = 0;
    plan.createPercent = 50;
    plan.users = 4;
    plan.documents = 4;
    return plan;
}

void SeedDemo::start()
{
    if (m_running)
        return;
    if (m_load.isRunning())
        return emit finished(false, tr("The seed demo waits for the load run in progress: cancel it or let it "
                                       "finish, then run the demo again."));
    m_running = true;
    m_documentId.clear();
    m_loadMode.reset();
    m_scopedVerdict.clear();
    m_globalVerdict.clear();
    emit stepped(tr("Seed demo 1/5: reading the instrumentation mode…"));
    m_api.get(QStringLiteral("/instrumentation"), this, [this](const ApiReply &reply) {
        if (!reply.ok())
            return fail(tr("read the instrumentation mode"), reply.errorMessage());
        m_modeBefore = backend::modeFromName(reply.json.value(QStringLiteral("mode")).toString())
                           .value_or(backend::InstrumentationMode::Scoped);
        createDocument();
    });
}

void SeedDemo::createDocument()
{
    emit stepped(tr("Seed demo 2/5: alice creates a document (a create_document call)…"));
    m_api.post(QStringLiteral("/documents"),
               QJsonObject{{QStringLiteral("prompt"), tr("a short poem about autumn leaves")}},
               {{"X-User-Id", "alice"}}, this, [this](const ApiReply &reply) {
                   if (!reply.ok())
                       return fail(tr("create the document"), reply.errorMessage());
                   m_documentId = reply.json.value(QStringLiteral("document_id")).toString();
                   emit documentCreated(m_documentId);
                   append(0);
               });
}

void SeedDemo::append(int number)
{
    if (number == AppendCount)
        return runLoad(backend::InstrumentationMode::Scoped);
    const Append &step = Appends[number];
    emit stepped(tr("Seed demo 3/5: %1 appends to document %2 (append_document call %3 of %4)…")
                     .arg(QLatin1String(step.user), payi::shortId(m_documentId))
                     .arg(number + 1)
                     .arg(AppendCount));
    m_api.post(QStringLiteral("/documents/%1/append").arg(m_documentId),
               QJsonObject{{QStringLiteral("text"), QLatin1String(step.text)}}, {{"X-User-Id", step.user}}, this,
               [this, number](const ApiReply &reply) {
                   if (!reply.ok())
                       return fail(tr("append to the document"), reply.errorMessage());
                   emit documentCreated(m_documentId); // shows the new revision
                   append(number + 1);
               });
}

void SeedDemo::runLoad(backend::InstrumentationMode mode)
{
    const bool scoped = mode == backend::InstrumentationMode::Scoped;
    const QString step = scoped
                             ? tr("Seed demo 4/5: %1 concurrent requests in scoped mode — each request its own scope…")
                                   .arg(loadPlan().requests)
                             : tr("Seed demo 5/5: the same %1 requests in global mode — one process-wide context…")
                                   .arg(loadPlan().requests);
    m_api.put(QStringLiteral("/instrumentation"), QJsonObject{{QStringLiteral("mode"), backend::modeName(mode)}}, this,
              [this, mode, step](const ApiReply &reply) {
                  if (!reply.ok())
                      return fail(tr("switch the instrumentation mode"), reply.errorMessage());
                  m_loadMode = mode;
                  m_load.setPlan(loadPlan());
                  m_load.run(); // clears the note of the step before
                  emit stepped(step);
              });
}

void SeedDemo::loadFinished(qint64 calls, qint64 misattributed)
{
    if (!m_running || !m_loadMode)
        return; // a run the user started
    const QString verdict = tr("%n calls, ", nullptr, int(calls)) + tr("%n misattributed", nullptr, int(misattributed));
    if (*m_loadMode == backend::InstrumentationMode::Scoped) {
        m_scopedVerdict = verdict;
        m_loadMode.reset();
        emit stepped(tr("Scoped mode: %1. Next, the same load in global mode…").arg(verdict));
        QTimer::singleShot(VerdictPauseMs, this, [this] { runLoad(backend::InstrumentationMode::Global); });
        return;
    }
    m_globalVerdict = verdict;
    m_loadMode.reset();
    restoreMode();
}

void SeedDemo::restoreMode()
{
    m_api.put(
        QStringLiteral("/instrumentation"), QJsonObject{{QStringLiteral("mode"), backend::modeName(m_modeBefore)}},
        this, [this](const ApiReply &reply) {
            m_running = false;
            QString summary = tr("Seed demo done. Document %1 was created by alice and appended to by bob and carol. "
                                 "Scoped mode: %2. Global mode: %3 — one process-wide context let concurrent requests "
                                 "take each other's attribution; those calls are highlighted in the Costs tab.")
                                  .arg(payi::shortId(m_documentId), m_scopedVerdict, m_globalVerdict);
            if (!reply.ok())
                summary += QLatin1Char(' ')
                           + tr("The mode could not be switched back to %1: %2")
                                 .arg(backend::modeName(m_modeBefore), reply.errorMessage());
            emit finished(reply.ok(), summary);
        });
}

void SeedDemo::fail(const QString &what, const QString &why)
{
    m_running = false;
    m_loadMode.reset();
    emit finished(false, tr("The seed demo could not %1: %2").arg(what, why));
}

} // namespace gui

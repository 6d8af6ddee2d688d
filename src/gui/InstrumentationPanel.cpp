#include "gui/InstrumentationPanel.h"

#include "gui/ApiClient.h"
#include "payi/Attribution.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gui {

InstrumentationPanel::InstrumentationPanel(ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_current(new QLabel(this))
    , m_useCaseName(new QLineEdit(this))
    , m_useCaseId(new QLineEdit(this))
    , m_userId(new QLineEdit(this))
    , m_accountName(new QLineEdit(this))
    , m_limitIds(new QLineEdit(this))
    , m_apply(new QPushButton(tr("Apply to the global context"), this))
{
    setObjectName(QStringLiteral("instrumentationPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    m_current->setObjectName(QStringLiteral("instrumentationCurrent"));
    m_current->setWordWrap(true);
    m_current->setTextFormat(Qt::RichText);
    layout->addWidget(m_current);

    auto *explanation = new QLabel(this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::RichText);
    explanation->setText(
        tr("<p><b>Scoped</b> — global instrumentation is off. Every request opens its own scope: "
           "<i>track</i> for <code>POST /documents</code> (a new <code>create_document</code> instance per request) "
           "and <i>track_context</i> for <code>POST /documents/{id}/append</code> (the instance is the document). "
           "A call is charged to the request that made it, however many run at once.</p>"
           "<p><b>Global</b> — one context for the whole process. The handlers write the request's user and "
           "document into it just before calling the model, as a naive port would. When two requests overlap, "
           "the later one overwrites the context the earlier one is still using, so calls are charged to the "
           "wrong document or user.</p>"
           "<p>That is why the seed, <i>Instrumenting a Web Server</i>, starts with "
           "<code>global_instrumentation: False</code>: a web server has no single context that fits every "
           "request. Switch to Global, run the Load tab, and the audit counts the damage.</p>"));
    layout->addWidget(explanation);

    auto *box = new QGroupBox(tr("Global context"), this);
    auto *form = new QFormLayout(box);
    const QList<QPair<QLineEdit *, QString>> fields = {
        {m_useCaseName, QStringLiteral("globalUseCaseName")}, {m_useCaseId, QStringLiteral("globalUseCaseId")},
        {m_userId, QStringLiteral("globalUserId")},           {m_accountName, QStringLiteral("globalAccountName")},
        {m_limitIds, QStringLiteral("globalLimitIds")},
    };
    for (const auto &[edit, name] : fields) {
        edit->setObjectName(name);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    }
    m_useCaseName->setPlaceholderText(tr("not set"));
    m_useCaseId->setPlaceholderText(tr("not set"));
    m_userId->setPlaceholderText(tr("not set"));
    m_accountName->setPlaceholderText(tr("not set"));
    m_limitIds->setPlaceholderText(tr("comma-separated limit ids"));
    form->addRow(tr("use_case_name"), m_useCaseName);
    form->addRow(tr("use_case_id"), m_useCaseId);
    form->addRow(tr("user_id"), m_userId);
    form->addRow(tr("account_name"), m_accountName);
    form->addRow(tr("limit_ids"), m_limitIds);
    auto *hint = new QLabel(tr("Applies to calls made outside any scope, which in scoped mode means none of the "
                               "document endpoints. An empty field clears it."),
                            box);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    form->addRow(hint);
    m_apply->setObjectName(QStringLiteral("applyGlobalContext"));
    form->addRow(QString(), m_apply);
    layout->addWidget(box);
    layout->addStretch(1);
    connect(m_apply, &QPushButton::clicked, this, &InstrumentationPanel::apply);
}

void InstrumentationPanel::showMode(backend::InstrumentationMode mode)
{
    m_current->setText(mode == backend::InstrumentationMode::Scoped
                           ? tr("<h3>The server runs <span style='color:#2e8b57'>scoped</span></h3>")
                           : tr("<h3>The server runs <span style='color:#d0453a'>global</span></h3>"));
}

void InstrumentationPanel::showGlobalContext(const payi::Attribution &context)
{
    if (m_edited)
        return;
    const auto set = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    set(m_useCaseName, context.useCaseName);
    set(m_useCaseId, context.useCaseId);
    set(m_userId, context.userId);
    set(m_accountName, context.accountName);
    set(m_limitIds, context.limitIds.join(QStringLiteral(", ")));
}

void InstrumentationPanel::apply()
{
    QJsonArray limits;
    for (const QString &id : m_limitIds->text().split(u',', Qt::SkipEmptyParts))
        limits.append(id.trimmed());
    const QJsonObject context{
        {QStringLiteral("use_case_name"), m_useCaseName->text().trimmed()},
        {QStringLiteral("use_case_id"), m_useCaseId->text().trimmed()},
        {QStringLiteral("user_id"), m_userId->text().trimmed()},
        {QStringLiteral("account_name"), m_accountName->text().trimmed()},
        {QStringLiteral("limit_ids"), limits},
    };
    m_apply->setEnabled(false);
    m_api.put(QStringLiteral("/instrumentation"), QJsonObject{{QStringLiteral("global_context"), context}}, this,
              [this](const ApiReply &reply) {
                  m_apply->setEnabled(true);
                  if (!reply.ok())
                      return emit failed(tr("Could not update the global context: %1").arg(reply.errorMessage()));
                  m_edited = false;
                  emit applied(tr("Global context updated"));
              });
}

} // namespace gui

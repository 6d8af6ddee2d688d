#include "gui/ModeSwitch.h"

#include "gui/ApiClient.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QToolButton>

namespace gui {

namespace {

const QString ModeKey = QStringLiteral("instrumentation/mode");

} // namespace

ModeSwitch::ModeSwitch(ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_scoped(new QToolButton(this))
    , m_global(new QToolButton(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("modeSwitch"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->setSpacing(0);
    auto *caption = new QLabel(tr("Instrumentation:"), this);
    layout->addWidget(caption);
    layout->addSpacing(6);
    auto *group = new QButtonGroup(this);
    group->setExclusive(true);
    for (QToolButton *button : {m_scoped, m_global}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setMinimumWidth(80);
        group->addButton(button);
        layout->addWidget(button);
    }
    // The mode in force stands out: green for scoped, red for the global mode the seed warns against.
    const QString style = QStringLiteral("QToolButton { padding: 4px 12px; border: 1px solid palette(mid); }"
                                         "QToolButton:checked { color: white; font-weight: bold; background: %1; }");
    m_scoped->setStyleSheet(style.arg(QStringLiteral("#2e8b57")));
    m_global->setStyleSheet(style.arg(QStringLiteral("#c0392b")));
    m_scoped->setObjectName(QStringLiteral("modeScoped"));
    m_scoped->setText(tr("Scoped"));
    m_scoped->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_scoped->setToolTip(tr("Each request opens its own scope (Ctrl+1)"));
    m_global->setObjectName(QStringLiteral("modeGlobal"));
    m_global->setText(tr("Global"));
    m_global->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_global->setToolTip(tr("One process-wide context shared by every request (Ctrl+2)"));
    layout->addSpacing(10);
    m_summary->setObjectName(QStringLiteral("modeSummary"));
    layout->addWidget(m_summary);
    connect(m_scoped, &QToolButton::clicked, this, [this] { request(backend::InstrumentationMode::Scoped); });
    connect(m_global, &QToolButton::clicked, this, [this] { request(backend::InstrumentationMode::Global); });
}

std::optional<backend::InstrumentationMode> ModeSwitch::savedMode()
{
    return backend::modeFromName(QSettings().value(ModeKey).toString());
}

void ModeSwitch::showMode(backend::InstrumentationMode mode)
{
    if (m_shown == mode)
        return;
    m_shown = mode;
    const bool scoped = mode == backend::InstrumentationMode::Scoped;
    m_scoped->setChecked(scoped);
    m_global->setChecked(!scoped);
    m_summary->setText(scoped ? tr("every call is charged to the request that made it")
                              : tr("<b>requests share one context</b>: concurrent calls can land on the wrong "
                                   "document or user"));
    m_summary->setToolTip(scoped ? tr("The seed's advice for web servers: global instrumentation off, one scope per "
                                      "request.")
                                 : tr("The naive port the seed warns against. Run the Load tab to see the audit "
                                      "count the damage."));
}

void ModeSwitch::request(backend::InstrumentationMode mode)
{
    // Until the server answers, the switch keeps showing the mode in force.
    if (m_shown)
        showMode(*std::exchange(m_shown, std::nullopt));
    m_api.put(QStringLiteral("/instrumentation"), QJsonObject{{QStringLiteral("mode"), backend::modeName(mode)}}, this,
              [this](const ApiReply &reply) {
                  if (!reply.ok())
                      return emit failed(tr("Could not switch the instrumentation mode: %1").arg(reply.errorMessage()));
                  const std::optional<backend::InstrumentationMode> now =
                      backend::modeFromName(reply.json.value(QStringLiteral("mode")).toString());
                  if (!now)
                      return;
                  showMode(*now);
                  QSettings().setValue(ModeKey, backend::modeName(*now));
              });
}

} // namespace gui

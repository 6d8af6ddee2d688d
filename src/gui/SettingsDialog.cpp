#include "gui/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "backend/Backend.h"
#include "gui/ApiClient.h"
#include "gui/FileDialog.h"
#include "gui/MoneyText.h"
#include "payi/PriceTable.h"

#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMessageBox>

#include <cmath>

namespace gui {

namespace {

QString perMillion(const std::optional<payi::Money> &perToken)
{
    if (!perToken)
        return QStringLiteral("—");
    const std::optional<payi::Money> million = perToken->checkedMul(1'000'000);
    return million ? moneyText(*million) : QStringLiteral("—");
}

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

} // namespace

SettingsDialog::SettingsDialog(const backend::Backend &backend, ApiClient &api, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_api(api)
    , m_settings(WorkbenchSettings::load())
{
    m_ui->setupUi(this);
    showProvider(backend.options().model);
    showSimulation(backend.simulationSettings());
    m_ui->pricesTable->setColumnCount(4);
    m_ui->pricesTable->setHorizontalHeaderLabels(
        {tr("Model"), tr("Input / 1M tokens"), tr("Output / 1M tokens"), tr("Source")});
    m_ui->pricesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->pricesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->pricesTable->verticalHeader()->hide();
    showPrices(*backend.prices(), m_settings.pricesFile);
    m_ui->retentionSpin->setValue(
        double(m_settings.retentionBytes > 0 ? m_settings.retentionBytes : backend.options().retentionBytes) / GiB);
    connect(m_ui->loadPricesButton, &QPushButton::clicked, this, &SettingsDialog::loadPriceFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showProvider(const QString &defaultModel)
{
    const bool openai = m_settings.provider == backend::ProviderKind::OpenAI;
    m_ui->providerOpenAI->setChecked(openai);
    m_ui->providerSimulated->setChecked(!openai);
    m_ui->baseUrlEdit->setText(m_settings.baseUrl);
    m_ui->modelEdit->setText(m_settings.model.isEmpty() ? defaultModel : m_settings.model);
    const auto enableProvider = [this] {
        const bool on = m_ui->providerOpenAI->isChecked();
        for (QWidget *w : std::initializer_list<QWidget *>{m_ui->baseUrlEdit, m_ui->modelEdit, m_ui->apiKeyEdit})
            w->setEnabled(on);
    };
    connect(m_ui->providerOpenAI, &QRadioButton::toggled, this, enableProvider);
    enableProvider();
    m_ui->keyStatus->setText(tr("Reading the keychain…"));
    connect(m_ui->apiKeyEdit, &QLineEdit::textEdited, this, [this] { m_keyEdited = true; });
    WorkbenchSettings::readApiKey(this, [this](const base::Result<QString> &key) {
        if (!key)
            return m_ui->keyStatus->setText(tr("The system keychain is not available: %1").arg(key.error().message));
        m_ui->keyStatus->setText(key->isEmpty() ? tr("No key stored.") : tr("A key is stored in the system keychain."));
        if (!m_keyEdited)
            m_ui->apiKeyEdit->setText(*key);
    });
}

void SettingsDialog::showSimulation(const backend::SimulationSettings &settings)
{
    m_ui->latencySpin->setValue(settings.baseLatencyMs);
    m_ui->perTokenSpin->setValue(settings.perTokenMs);
    m_ui->failureRateSpin->setValue(settings.failureRate * 100.0);
    for (backend::FaultKind kind :
         {backend::FaultKind::Mixed, backend::FaultKind::RateLimited, backend::FaultKind::ServerError,
          backend::FaultKind::Timeout, backend::FaultKind::StreamCut, backend::FaultKind::MalformedBody})
        m_ui->faultKindCombo->addItem(backend::faultKindName(kind), int(kind));
    m_ui->faultKindCombo->setCurrentIndex(m_ui->faultKindCombo->findData(int(settings.faultKind)));
}

void SettingsDialog::showPrices(const payi::PriceTable &table, const QString &file)
{
    const qsizetype models = qsizetype(table.resources().size());
    m_ui->pricesVersion->setText(tr("Price table version <b>%1</b>, %2. Costs are computed with it as each call ends.")
                                     .arg(table.version(), models == 1 ? tr("1 model") : tr("%1 models").arg(models)));
    m_ui->pricesFile->setText(file.isEmpty() ? tr("The shipped table.") : file);
    QStringList names;
    for (const auto &[name, price] : table.resources())
        names.append(name);
    names.sort();
    m_ui->pricesTable->setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        const payi::ResourcePrice *price = table.find(names.at(row));
        const payi::UnitPrice text = price->units.value(QStringLiteral("text"));
        const QStringList cells{names.at(row), perMillion(text.input), perMillion(text.output), price->source};
        for (int column = 0; column < cells.size(); ++column)
            m_ui->pricesTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void SettingsDialog::loadPriceFile()
{
    const QString file =
        FileDialog::instance().getOpenFileName(this, tr("Load a price table"), tr("Price tables (*.json)"));
    if (file.isEmpty())
        return;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return void(QMessageBox::warning(this, tr("Price table"),
                                         tr("cannot read the price table %1: %2").arg(file, in.errorString())));
    const QByteArray json = in.readAll();
    // Checked here as the server checks it, so that a bad file is refused before OK.
    const base::Result<payi::PriceTable> table = payi::PriceTable::fromJson(json);
    if (!table)
        return void(
            QMessageBox::warning(this, tr("Price table"), QStringLiteral("%1: %2").arg(file, table.error().message)));
    m_loadedPrices = QJsonDocument::fromJson(json).object();
    m_settings.pricesFile = file;
    showPrices(*table, file);
}

void SettingsDialog::accept()
{
    if (m_applying)
        return;
    m_applying = true;
    m_ui->buttonBox->setEnabled(false);
    m_settings.provider =
        m_ui->providerOpenAI->isChecked() ? backend::ProviderKind::OpenAI : backend::ProviderKind::Simulated;
    m_settings.baseUrl = m_ui->baseUrlEdit->text().trimmed();
    m_settings.model = m_ui->modelEdit->text().trimmed();
    m_settings.simulation.baseLatencyMs = m_ui->latencySpin->value();
    m_settings.simulation.perTokenMs = m_ui->perTokenSpin->value();
    m_settings.simulation.failureRate = m_ui->failureRateSpin->value() / 100.0;
    m_settings.simulation.faultKind = backend::FaultKind(m_ui->faultKindCombo->currentData().toInt());
    m_settings.retentionBytes =
        qMax(backend::ServerOptions::MinRetentionBytes, qint64(std::llround(m_ui->retentionSpin->value() * GiB)));
    if (m_loadedPrices)
        applyPrices();
    else
        applySimulation();
}

void SettingsDialog::applyPrices()
{
    m_api.put(QStringLiteral("/prices"), *m_loadedPrices, this, [this](const ApiReply &reply) {
        if (!reply.ok())
            return refused(tr("The server refused the price table: %1").arg(reply.errorMessage()));
        applySimulation();
    });
}

void SettingsDialog::applySimulation()
{
    const backend::SimulationSettings &sim = m_settings.simulation;
    const QJsonObject body{{QStringLiteral("base_latency_ms"), sim.baseLatencyMs},
                           {QStringLiteral("per_token_ms"), sim.perTokenMs},
                           {QStringLiteral("failure_rate"), sim.failureRate},
                           {QStringLiteral("fault_kind"), backend::faultKindName(sim.faultKind)}};
    m_api.put(QStringLiteral("/sim/settings"), body, this, [this](const ApiReply &reply) {
        if (!reply.ok())
            return refused(tr("The server refused the simulated model's settings: %1").arg(reply.errorMessage()));
        finish();
    });
}

void SettingsDialog::refused(const QString &message)
{
    m_applying = false;
    m_ui->buttonBox->setEnabled(true);
    // Shown with open(): a nested event loop here would stall the window's updates.
    auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("settingsRefused"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void SettingsDialog::finish()
{
    m_settings.save();
    if (m_keyEdited)
        writeApiKey();
    QDialog::accept();
}

void SettingsDialog::writeApiKey()
{
    // The job outlives the dialog: it reports to the window.
    QWidget *owner = parentWidget();
    WorkbenchSettings::writeApiKey(m_ui->apiKeyEdit->text(), owner, [owner](std::optional<base::Error> error) {
        if (!error)
            return;
        // Shown with open(): a nested event loop here would stall the window's updates.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("API key"),
                                    tr("The key could not be stored in the system keychain, and it is not "
                                       "kept anywhere else: %1")
                                        .arg(error->message),
                                    QMessageBox::Ok, owner);
        box->setObjectName(QStringLiteral("apiKeyError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

} // namespace gui

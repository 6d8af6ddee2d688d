#include "gui/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "backend/Backend.h"
#include "gui/FileDialog.h"
#include "gui/MoneyText.h"
#include "payi/Instrumentation.h"
#include "payi/PriceTable.h"

#include <QHeaderView>
#include <QMessageBox>

namespace gui {

namespace {

QString perMillion(const std::optional<payi::Money> &perToken)
{
    if (!perToken)
        return QStringLiteral("—");
    const std::optional<payi::Money> million = perToken->checkedMul(1'000'000);
    return million ? QStringLiteral("$") + million->toString() : QStringLiteral("—");
}

} // namespace

SettingsDialog::SettingsDialog(backend::Backend &backend, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_backend(backend)
    , m_settings(WorkbenchSettings::load())
{
    m_ui->setupUi(this);
    const bool openai = m_settings.provider == backend::ProviderKind::OpenAI;
    m_ui->providerOpenAI->setChecked(openai);
    m_ui->providerSimulated->setChecked(!openai);
    m_ui->baseUrlEdit->setText(m_settings.baseUrl);
    m_ui->modelEdit->setText(m_settings.model.isEmpty() ? backend.options().model : m_settings.model);
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

    const simulator::SimulatedModelSettings::Snapshot sim = backend.simulation().snapshot();
    m_ui->latencySpin->setValue(sim.baseLatencyMs);
    m_ui->perTokenSpin->setValue(sim.perTokenMs);
    m_ui->failureRateSpin->setValue(sim.failureRate * 100.0);
    for (simulator::FaultKind kind :
         {simulator::FaultKind::Mixed, simulator::FaultKind::RateLimited, simulator::FaultKind::ServerError,
          simulator::FaultKind::Timeout, simulator::FaultKind::StreamCut, simulator::FaultKind::MalformedBody})
        m_ui->faultKindCombo->addItem(simulator::faultKindName(kind), int(kind));
    m_ui->faultKindCombo->setCurrentIndex(m_ui->faultKindCombo->findData(int(sim.faultKind)));

    m_ui->pricesTable->setColumnCount(4);
    m_ui->pricesTable->setHorizontalHeaderLabels(
        {tr("Model"), tr("Input / 1M tokens"), tr("Output / 1M tokens"), tr("Source")});
    m_ui->pricesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->pricesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->pricesTable->verticalHeader()->hide();
    showPrices(*backend.instrumentation().prices(), m_settings.pricesFile);
    connect(m_ui->loadPricesButton, &QPushButton::clicked, this, &SettingsDialog::loadPriceFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

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
    const base::Result<payi::PriceTable> table = payi::PriceTable::fromFile(file);
    if (!table)
        return void(QMessageBox::warning(this, tr("Price table"), table.error().message));
    m_loadedPrices = std::make_shared<const payi::PriceTable>(*table);
    m_settings.pricesFile = file;
    showPrices(*m_loadedPrices, file);
}

void SettingsDialog::accept()
{
    m_settings.provider =
        m_ui->providerOpenAI->isChecked() ? backend::ProviderKind::OpenAI : backend::ProviderKind::Simulated;
    m_settings.baseUrl = m_ui->baseUrlEdit->text().trimmed();
    m_settings.model = m_ui->modelEdit->text().trimmed();
    m_settings.simulation.baseLatencyMs = m_ui->latencySpin->value();
    m_settings.simulation.perTokenMs = m_ui->perTokenSpin->value();
    m_settings.simulation.failureRate = m_ui->failureRateSpin->value() / 100.0;
    m_settings.simulation.faultKind = simulator::FaultKind(m_ui->faultKindCombo->currentData().toInt());
    m_settings.save();
    m_backend.simulation().apply(m_settings.simulation);
    if (m_loadedPrices)
        m_backend.instrumentation().setPrices(m_loadedPrices);
    if (m_keyEdited) {
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
    QDialog::accept();
}

} // namespace gui

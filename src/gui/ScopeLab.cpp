#include "gui/ScopeLab.h"

#include "gui/AttributionText.h"
#include "gui/FileDialog.h"
#include "gui/ScopeLabExport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gui {

using payi::Field;
using payi::Origin;

namespace {

QPushButton *button(const QString &text, const QKeySequence &shortcut, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setShortcut(shortcut);
    b->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    return b;
}

// One colour per kind of layer, the same in the stack and in the result.
QColor kindColor(Origin kind)
{
    switch (kind) {
    case Origin::Global:
        return QColor(0x2e, 0x7d, 0x32);
    case Origin::Track:
        return QColor(0x15, 0x65, 0xc0);
    case Origin::TrackContext:
        return QColor(0x6a, 0x1b, 0x9a);
    case Origin::CallHeader:
        return QColor(0xb2, 0x4a, 0x00);
    case Origin::Instrument:
    case Origin::None:
        break;
    }
    return {};
}

QGroupBox *group(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setLayout(new QVBoxLayout);
    return box;
}

} // namespace

ScopeLab::ScopeLab(QWidget *parent) : QWidget(parent)
{
    auto *top = new QHBoxLayout;
    auto *presetLabel = new QLabel(tr("&Preset"), this);
    m_presets = new QComboBox(this);
    presetLabel->setBuddy(m_presets);
    for (const ScopeScenario &preset : scopeLabPresets())
        m_presets->addItem(preset.name);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_global = new QCheckBox(tr("&Global instrumentation"), this);
    m_global->setObjectName(QStringLiteral("globalInstrumentation"));
    m_global->setToolTip(tr("payi_instrument(config={\"global_instrumentation\": …}): on, a call outside every "
                            "scope is attributed to the global context; off, it is not tracked at all."));
    top->addWidget(presetLabel);
    top->addWidget(m_presets);
    top->addStretch(1);
    top->addWidget(m_global);

    // Left what is built (the stack, the layer edited), right what it gives (the attribution,
    // the code).
    const auto column = [this](QWidget *upper, QWidget *lower, int upperShare) {
        auto *split = new QSplitter(Qt::Vertical, this);
        split->addWidget(upper);
        split->addWidget(lower);
        split->setStretchFactor(0, upperShare);
        split->setStretchFactor(1, 100 - upperShare);
        split->setSizes({upperShare * 10, (100 - upperShare) * 10});
        return split;
    };
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(column(makeStackPane(), makeEditorPane(), 38));
    columns->addWidget(column(makeResultPane(), makeExportPane(), 55));
    columns->setStretchFactor(0, 45);
    columns->setStretchFactor(1, 55);
    columns->setSizes({450, 550});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_explanation);
    layout->addWidget(columns, 1);

    connect(m_presets, &QComboBox::activated, this, &ScopeLab::loadPreset);
    connect(m_global, &QCheckBox::toggled, &m_model, &ScopeLabModel::setGlobalInstrumentation);
    connect(&m_model, &ScopeLabModel::changed, this, &ScopeLab::showModel);
    loadPreset(0);
}

QWidget *ScopeLab::makeStackPane()
{
    QGroupBox *box = group(tr("Scopes, outermost first, and the call"), this);
    m_stack = new QListWidget(box);
    m_stack->setDragDropMode(QAbstractItemView::InternalMove);
    m_stack->setWordWrap(true);
    m_stack->setResizeMode(QListView::Adjust);
    m_stack->setSpacing(2);
    m_stack->setToolTip(tr("Drag a scope, or use Ctrl+Up and Ctrl+Down, to change the nesting."));
    auto *buttons = new QGridLayout;
    QPushButton *track = button(tr("Add @&track"), QKeySequence(Qt::CTRL | Qt::Key_T), box);
    QPushButton *context = button(tr("Add track_&context"), QKeySequence(Qt::CTRL | Qt::Key_K), box);
    m_remove = button(tr("&Remove"), QKeySequence(Qt::CTRL | Qt::Key_Delete), box);
    m_up = button(tr("Move &up"), QKeySequence(Qt::CTRL | Qt::Key_Up), box);
    m_down = button(tr("Move do&wn"), QKeySequence(Qt::CTRL | Qt::Key_Down), box);
    buttons->addWidget(track, 0, 0);
    buttons->addWidget(context, 0, 1);
    buttons->addWidget(m_remove, 0, 2);
    buttons->addWidget(m_up, 1, 0);
    buttons->addWidget(m_down, 1, 1);
    box->layout()->addWidget(m_stack);
    static_cast<QVBoxLayout *>(box->layout())->addLayout(buttons);
    connect(track, &QPushButton::clicked, this, &ScopeLab::addTrack);
    connect(context, &QPushButton::clicked, this, &ScopeLab::addTrackContext);
    connect(m_remove, &QPushButton::clicked, this, &ScopeLab::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_stack, &QListWidget::currentRowChanged, this, [this] {
        if (!m_showing)
            showEditor();
    });
    // A drag has moved a row already; the model follows, and the call stays last. Queued: the
    // list is rebuilt, which it must not be while it is still moving the row.
    connect(
        m_stack->model(), &QAbstractItemModel::rowsMoved, this,
        [this](const QModelIndex &, int from, int, const QModelIndex &, int to) {
            if (m_showing)
                return;
            const int n = int(m_model.scenario().scopes.size());
            const int target = std::min(to > from ? to - 1 : to, n - 1);
            if (!m_model.moveScope(from, target))
                showModel();
            setCurrentLayer(target);
        },
        Qt::QueuedConnection);
    return box;
}

QWidget *ScopeLab::makeEditorPane()
{
    QGroupBox *box = group(QString(), this);
    m_editorTitle = new QLabel(box);
    m_editorTitle->setWordWrap(true);
    auto *form = new QWidget(box);
    auto *grid = new QGridLayout(form);
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < payi::FieldCount; ++i) {
        auto *given = new QCheckBox(payi::fieldName(Field(i)), form);
        auto *value = new QLineEdit(form);
        given->setObjectName(QStringLiteral("given_") + payi::fieldName(Field(i)));
        given->setToolTip(tr("Checked: the scope gives this field (an empty value clears it). Unchecked: the "
                             "field is inherited."));
        grid->addWidget(given, i, 0);
        grid->addWidget(value, i, 1);
        m_given.append(given);
        m_values.append(value);
        const bool flag = Field(i) == Field::LogPromptAndResponse; // true or false, never empty
        connect(given, &QCheckBox::toggled, this, [this, value, flag](bool on) {
            value->setEnabled(on);
            if (on && flag && value->text().isEmpty() && !m_showing)
                value->setText(QStringLiteral("false"));
            applyEditor();
        });
        connect(value, &QLineEdit::textEdited, this, &ScopeLab::applyEditor);
    }
    grid->setRowStretch(payi::FieldCount, 1);
    auto *scroll = new QScrollArea(box);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_error = new QLabel(box);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    box->layout()->addWidget(m_editorTitle);
    box->layout()->addWidget(scroll);
    box->layout()->addWidget(m_error);
    return box;
}

QWidget *ScopeLab::makeResultPane()
{
    QGroupBox *box = group(tr("What the call is attributed to"), this);
    m_status = new QLabel(box);
    m_status->setWordWrap(true);
    m_result = new QTreeWidget(box);
    m_result->setRootIsDecorated(false);
    m_result->setAlternatingRowColors(true);
    m_result->setHeaderLabels({tr("Field"), tr("Value"), tr("Set by")});
    m_result->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_result->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_result->header()->resizeSection(1, 200);
    m_result->header()->setStretchLastSection(true);
    m_result->setWordWrap(true);
    box->layout()->addWidget(m_status);
    box->layout()->addWidget(m_result);
    return box;
}

QWidget *ScopeLab::makeExportPane()
{
    QGroupBox *box = group(tr("The scenario as code"), this);
    m_exports = new QTabWidget(box);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit **edit : {&m_python, &m_cpp}) {
        *edit = new QPlainTextEdit(box);
        (*edit)->setReadOnly(true);
        (*edit)->setFont(mono);
        (*edit)->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_exports->addTab(m_python, tr("Python (Pay-i SDK)"));
    m_exports->addTab(m_cpp, tr("C++ (payi)"));
    auto *row = new QHBoxLayout;
    QPushButton *copy = button(tr("Cop&y"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), box);
    QPushButton *save = button(tr("&Save…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), box);
    row->addStretch(1);
    row->addWidget(copy);
    row->addWidget(save);
    box->layout()->addWidget(m_exports);
    static_cast<QVBoxLayout *>(box->layout())->addLayout(row);
    connect(copy, &QPushButton::clicked, this, &ScopeLab::copyExport);
    connect(save, &QPushButton::clicked, this, &ScopeLab::saveExport);
    return box;
}

void ScopeLab::loadPreset(int index)
{
    const QList<ScopeScenario> presets = scopeLabPresets();
    if (index < 0 || index >= presets.size())
        return;
    m_presets->setCurrentIndex(index);
    m_model.load(presets[index]);
    setCurrentLayer(int(presets[index].scopes.size()) - 1);
}

int ScopeLab::currentLayer() const
{
    return m_stack->currentRow();
}

void ScopeLab::setCurrentLayer(int layer)
{
    m_stack->setCurrentRow(std::clamp(layer, 0, m_stack->count() - 1));
    showEditor();
}

void ScopeLab::addScope(Origin kind)
{
    // A new scope opens inside the one selected (or innermost, when the call is selected).
    const int n = int(m_model.scenario().scopes.size());
    const int at = currentLayer() < n ? currentLayer() + 1 : n;
    setCurrentLayer(m_model.addScope(kind, at));
}

void ScopeLab::addTrack()
{
    addScope(Origin::Track);
}

void ScopeLab::addTrackContext()
{
    addScope(Origin::TrackContext);
}

void ScopeLab::removeCurrent()
{
    const int layer = currentLayer();
    if (layer >= m_model.scenario().scopes.size())
        return;
    m_model.removeScope(layer);
    setCurrentLayer(layer);
}

void ScopeLab::moveCurrent(int by)
{
    const int layer = currentLayer();
    if (m_model.moveScope(layer, layer + by))
        setCurrentLayer(layer + by);
}

bool ScopeLab::editField(Field field, const std::optional<QString> &text)
{
    const int i = static_cast<int>(field);
    m_given[i]->setChecked(text.has_value());
    m_values[i]->setText(text.value_or(QString()));
    applyEditor();
    return m_error->text().isEmpty();
}

// The editor's fields, read back into the parameters of the layer edited.
void ScopeLab::applyEditor()
{
    if (m_showing)
        return;
    const int layer = currentLayer();
    const QList<payi::ScopeLayer> &scopes = m_model.scenario().scopes;
    const bool headers = layer >= scopes.size();
    payi::Params params;
    QStringList errors;
    for (Field f : fieldsOf(headers ? Origin::CallHeader : scopes[layer].origin)) {
        const int i = static_cast<int>(f);
        QString error;
        const std::optional<QString> text = m_given[i]->isChecked() ? std::optional(m_values[i]->text()) : std::nullopt;
        const bool ok = setFieldText(params, f, text, &error);
        m_values[i]->setStyleSheet(ok ? QString() : QStringLiteral("border: 1px solid #b3261e;"));
        if (!ok)
            errors.append(error);
    }
    m_error->setText(errors.join(u'\n'));
    if (!errors.isEmpty())
        return;
    if (headers)
        m_model.setHeaders(params);
    else
        m_model.setScopeParams(layer, params);
}

void ScopeLab::showEditor()
{
    const int layer = currentLayer();
    if (layer < 0)
        return;
    const ScopeScenario &s = m_model.scenario();
    const bool headers = layer >= s.scopes.size();
    const Origin kind = headers ? Origin::CallHeader : s.scopes[layer].origin;
    const payi::Params &params = headers ? s.headers : s.scopes[layer].params;
    m_editorTitle->setText(headers ? tr("<b>The call's headers</b> (extra_headers): a header replaces, an empty "
                                        "one clears")
                           : kind == Origin::Track
                               ? tr("<b>%1</b>: a decorated function; each call that names a new use case is a "
                                    "new instance")
                                     .arg(m_model.layerName(layer))
                               : tr("<b>%1</b>: a with-block, values known at run time").arg(m_model.layerName(layer)));
    const QList<Field> fields = fieldsOf(kind);
    m_showing = true;
    for (int i = 0; i < payi::FieldCount; ++i) {
        const Field f = Field(i);
        const bool shown = fields.contains(f);
        m_given[i]->setVisible(shown);
        m_values[i]->setVisible(shown);
        m_given[i]->setText(headers ? callHeaderName(f) : payi::fieldName(f));
        const std::optional<QString> text = fieldText(params, f);
        m_given[i]->setChecked(text.has_value());
        m_values[i]->setText(text.value_or(QString()));
        m_values[i]->setEnabled(text.has_value());
        m_values[i]->setStyleSheet(QString());
        m_values[i]->setPlaceholderText(text ? tr("empty: clears") : tr("not given: inherited"));
    }
    m_showing = false;
    m_error->clear();
    m_remove->setEnabled(!headers);
    m_up->setEnabled(!headers && layer > 0);
    m_down->setEnabled(!headers && layer + 1 < s.scopes.size());
}

void ScopeLab::showModel()
{
    const ScopeScenario &s = m_model.scenario();
    const int current = currentLayer();
    m_showing = true;
    {
        const QSignalBlocker blocker(m_global);
        m_global->setChecked(s.globalInstrumentation);
    }
    m_explanation->setText(s.explanation);
    m_stack->clear();
    for (int i = 0; i < s.scopes.size(); ++i) {
        const payi::ScopeLayer &scope = s.scopes[i];
        const QString call =
            scope.origin == Origin::Track ? QStringLiteral("@track(%1)") : QStringLiteral("with track_context(%1)");
        auto *item = new QListWidgetItem(QString(i * 3, u' ') + QStringLiteral("%1  ").arg(i + 1)
                                         + call.arg(pythonArguments(scope)));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        item->setForeground(kindColor(scope.origin));
        m_stack->addItem(item);
    }
    auto *callItem = new QListWidgetItem(QString(s.scopes.size() * 3, u' ')
                                         + tr("→ the call, extra_headers=%1").arg(pythonHeaders(s.headers)));
    callItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    callItem->setForeground(kindColor(Origin::CallHeader));
    m_stack->addItem(callItem);
    m_stack->setCurrentRow(std::clamp(current, 0, m_stack->count() - 1));
    m_showing = false;

    m_result->clear();
    const std::optional<payi::TracedAttribution> &result = m_model.result();
    m_status->setText(result ? tr("Tracked. Each field's value and the layer that set it, computed by the payi "
                                  "library's own merge.")
                             : tr("<b>Not tracked.</b> Global instrumentation is off and the call is outside every "
                                  "scope: the SDK sends nothing for it."));
    for (const ScopeLabRow &row : m_model.rows()) {
        auto *item = new QTreeWidgetItem(m_result, {payi::fieldName(row.field), row.value, row.origin});
        item->setToolTip(2, row.origin + QStringLiteral("\n\n") + row.toolTip);
        item->setToolTip(1, row.value);
        if (row.cleared || row.value.isEmpty())
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        if (row.cleared)
            item->setForeground(2, QColor(0xb3, 0x26, 0x1e));
        else if (const QColor color = kindColor(result->attribution.origin(row.field)); color.isValid())
            item->setForeground(2, color);
    }
    m_python->setPlainText(pythonExport(s));
    m_cpp->setPlainText(cppExport(s));
}

int ScopeLab::exportLanguage() const
{
    return m_exports->currentIndex();
}

void ScopeLab::setExportLanguage(int language)
{
    m_exports->setCurrentIndex(language);
}

QString ScopeLab::exportText() const
{
    return exportLanguage() == 0 ? m_python->toPlainText() : m_cpp->toPlainText();
}

void ScopeLab::copyExport()
{
    QGuiApplication::clipboard()->setText(exportText());
}

void ScopeLab::saveExport()
{
    const bool python = exportLanguage() == 0;
    const QString fileName = FileDialog::instance().getSaveFileName(
        this, tr("Save the scenario"), python ? QStringLiteral("scope_lab.py") : QStringLiteral("scope_lab.cpp"),
        python ? tr("Python (*.py)") : tr("C++ (*.cpp)"));
    if (fileName.isEmpty())
        return;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportText().toUtf8()) < 0 || !file.commit())
        m_error->setText(tr("Could not save %1: %2").arg(fileName, file.errorString()));
}

} // namespace gui

#pragma once

#include "gui/ScopeLabModel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace gui {

// The Scope lab tab: build a stack of @track / track_context scopes and the call's headers,
// switch global instrumentation, and see the call's effective attribution with each field's
// origin, as payi::Instrumentation::trace computes it; presets for the cases people get
// wrong; the scenario exported as C++ (payi) and as Python (the Pay-i SDK).
class ScopeLab : public QWidget
{
    Q_OBJECT
public:
    explicit ScopeLab(QWidget *parent = nullptr);

    ScopeLabModel &model() { return m_model; }
    // Loads preset number index of scopeLabPresets().
    void loadPreset(int index);
    // The layer being edited: 0.. the scopes, scopes().size() the call's headers.
    int currentLayer() const;
    void setCurrentLayer(int layer);
    // Sets one field of the layer being edited as the editor would (nullopt: not given);
    // false when the text does not parse (the error is shown, nothing changes).
    bool editField(payi::Field field, const std::optional<QString> &text);

    void addTrack();
    void addTrackContext();
    void removeCurrent();
    void moveCurrent(int by);
    void copyExport();
    void saveExport();
    // The export shown: Python (0) or C++ (1).
    int exportLanguage() const;
    void setExportLanguage(int language);
    QString exportText() const;

private:
    QWidget *makeStackPane();
    QWidget *makeEditorPane();
    QWidget *makeResultPane();
    QWidget *makeExportPane();
    void addScope(payi::Origin kind);
    void showModel();
    void showEditor();
    void applyEditor();

    ScopeLabModel m_model;
    bool m_showing = false;
    QComboBox *m_presets = nullptr;
    QLabel *m_explanation = nullptr;
    QCheckBox *m_global = nullptr;
    QListWidget *m_stack = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLabel *m_editorTitle = nullptr;
    QList<QCheckBox *> m_given;
    QList<QLineEdit *> m_values;
    QList<QWidget *> m_rows;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_result = nullptr;
    QTabWidget *m_exports = nullptr;
    QPlainTextEdit *m_python = nullptr;
    QPlainTextEdit *m_cpp = nullptr;
};

} // namespace gui

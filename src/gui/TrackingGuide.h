#pragma once

#include <QDialog>

class QTextBrowser;

namespace gui {

// Help ▸ How tracking works (F1): docs/how-tracking-works.md, built into the program, in one
// window that stays open beside the workbench. The inspector and the limit messages open it
// at the section that explains what they show. A section is named by its heading's anchor as
// GitHub makes it ("the-merge-rules" for "## The merge rules"), so the same links work on
// the page in the repository.
class TrackingGuide : public QDialog
{
    Q_OBJECT

public:
    // The sections other widgets link to; tests check that each still has its heading.
    static constexpr const char *ScopesSection = "scopes";
    static constexpr const char *MergeRulesSection = "the-merge-rules";
    static constexpr const char *GlobalOrScopedSection = "global-or-scoped";
    static constexpr const char *LimitsSection = "limits-and-the-worst-case-reservation";

    // Opens the guide beside from's window, or raises the one already open, scrolled to the
    // section (the top for ""; "#" before the anchor is allowed, as in a link).
    static TrackingGuide *open(QWidget *from, const QString &section = {});

    QStringList sections() const;
    QTextBrowser *text() const { return m_text; }

private:
    explicit TrackingGuide(QWidget *parent);
    void showSection(const QString &section);

    QTextBrowser *m_text;
};

// The About box's text (rich text): Costbench's version, the Qt it was built with and runs
// on, and the licences of the libraries it is built on.
QString aboutText();

} // namespace gui

// Writes every preset of the Scope lab into a folder, for tests/e2e/test_scope_lab.py: its Python
// export (preset_N.py) and what the lab shows for it (preset_N.json: the attribution payi
// resolved, without origins, and whether its use_case_id is one generated).
#include "gui/ScopeLabExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: scopelab_scenarios FOLDER\n", stderr);
        return 2;
    }
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    const QList<gui::ScopeScenario> presets = gui::scopeLabPresets();
    for (qsizetype i = 0; i < presets.size(); ++i) {
        gui::ScopeLabModel model;
        model.load(presets[i]);
        QJsonObject shown{{QStringLiteral("name"), presets[i].name}, {QStringLiteral("tracked"), bool(model.result())}};
        if (model.result()) {
            QJsonObject attribution = model.result()->attribution.toJson();
            attribution.remove(QStringLiteral("origins"));
            attribution.remove(QStringLiteral("notes"));
            shown.insert(QStringLiteral("attribution"), attribution);
            shown.insert(QStringLiteral("generated_use_case_id"), model.result()->generatedUseCaseId);
        }
        const QString stem = folder.filePath(QStringLiteral("preset_%1").arg(i));
        if (!write(stem + QStringLiteral(".py"), gui::pythonExport(presets[i]).toUtf8())
            || !write(stem + QStringLiteral(".json"), QJsonDocument(shown).toJson())) {
            std::fprintf(stderr, "scopelab_scenarios: cannot write %s\n", qPrintable(stem));
            return 1;
        }
    }
    std::printf("%d scenarios\n", int(presets.size()));
    return 0;
}

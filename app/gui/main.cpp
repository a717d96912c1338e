// SPDX-License-Identifier: GPL-3.0-or-later
// journeystudio: the desktop application. Parses the command line, loads the
// user-interface language and shows the main window (everything else is in journeyui).

#include "dialogs/preferencesdialog.h"
#include "mainwindow/languageloader.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Exit codes shared with journeystudio-cli: 2 a file can't be used, 64 wrong usage.
constexpr int kExitFileError = 2;
constexpr int kExitUsage = 64;

QString translate(const char *text)
{
    return QCoreApplication::translate("cjm::Main", text);
}

void warn(const QString &message)
{
    QTextStream(stderr) << u"journeystudio: "_s << message << Qt::endl;
}

int fail(int code, const QString &message)
{
    warn(message);
    return code;
}

/// Declares the command line; the texts are translated when a language is loaded.
void configure(QCommandLineParser *parser)
{
    parser->setApplicationDescription(
            translate("Journey Studio: customer-experience journey mapping."));
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addOption({u"lang"_s,
                       translate("Language of the user interface: %1 (default: the system's).")
                               .arg(cjm::LanguageLoader::supportedLanguages().join(u", "_s)),
                       translate("code")});
    parser->addOption({u"screenshot"_s,
                       translate("Render the window with FILE to an image <out.png> and exit."),
                       translate("out.png")});
    parser->addPositionalArgument(u"FILE"_s, translate("A project file (.cjm) to open."),
                                  translate("[FILE]"));
}

/// Grabs the laid-out window into `path` and quits with the outcome.
void takeScreenshot(QWidget *window, const QString &path)
{
    const QPixmap image = window->grab();
    if (image.isNull() || !image.save(path)) {
        QCoreApplication::exit(fail(kExitFileError,
                                    translate("cannot write the screenshot to %1")
                                            .arg(QDir::toNativeSeparators(path))));
        return;
    }
    QCoreApplication::exit(0);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Journey Studio"_s);
    QApplication::setOrganizationDomain(u"journeystudio.org"_s);
    QApplication::setApplicationName(u"Journey Studio"_s);
    QApplication::setApplicationVersion(QStringLiteral(JS_VERSION_STRING));
    QGuiApplication::setDesktopFileName(u"org.journeystudio.JourneyStudio"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.journeystudio.JourneyStudio"_s));

    // Parsed twice: first for --lang, then, with the language loaded, for translated help.
    QCommandLineParser parser;
    configure(&parser);
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(kExitUsage, parser.errorText());
    cjm::LanguageLoader language;
    const bool langGiven = parser.isSet(u"lang"_s);
    const QString code
            = langGiven ? parser.value(u"lang"_s) : cjm::PreferencesDialog::startupLanguage();
    if (langGiven && cjm::LanguageLoader::normalised(code).isEmpty())
        return fail(kExitUsage, language.load(code).message());
    if (cjm::Status s = language.load(code); !s)
        warn(s.message()); // not fatal: the interface stays in English

    QCommandLineParser translated;
    configure(&translated);
    translated.parse(QCoreApplication::arguments());
    if (translated.isSet(u"help"_s))
        translated.showHelp(0);
    if (translated.isSet(u"version"_s))
        translated.showVersion();
    const QStringList files = translated.positionalArguments();
    if (files.size() > 1)
        return fail(kExitUsage, translate("give at most one project file"));
    const QString file = files.value(0);
    if (!file.isEmpty() && !QFileInfo(file).isFile()) {
        return fail(kExitFileError,
                    translate("%1: the file does not exist").arg(QDir::toNativeSeparators(file)));
    }

    const bool screenshot = translated.isSet(u"screenshot"_s);
    cjm::MainWindow window;
    window.setInteractive(!screenshot);
    if (screenshot)
        window.applyDefaultLayout(); // the same picture on every machine
    else
        window.restoreWindowState();
    if (!file.isEmpty() && !window.openFile(file) && screenshot)
        return fail(kExitFileError, window.lastError());
    window.show();

    if (screenshot) {
        // Queued, so the window is shown and laid out before it is grabbed.
        const QString out = translated.value(u"screenshot"_s);
        QTimer::singleShot(0, &window, [&window, out] { takeScreenshot(&window, out); });
    } else if (file.isEmpty()) {
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    }
    return QApplication::exec();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences: choosing a map theme repaints the open map in it at once and is remembered;
// the chosen language is what the next start loads.

#include "canvas/journeycanvas.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "dialogs/preferencesdialog.h"
#include "mainwindow/languageloader.h"
#include "mainwindow/mainwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cjm;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void defaultsAreLightAndSystem();
    void themeAppliesAtOnce();
    void themeIsUsedByTheNextWindow();
    void cancelChangesNothing();
    void languageIsForTheNextStart();

private:
    static QPushButton *button(PreferencesDialog *dialog, QDialogButtonBox::StandardButton which)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(which);
    }
    static void choose(QComboBox *box, const QString &data);

    QTemporaryDir mWorkDir;
};

void TestPreferences::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", mWorkDir.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Journey Studio Tests"_s);
    QCoreApplication::setApplicationName(u"test_ui_preferences"_s);
}

void TestPreferences::init()
{
    QSettings().clear();
}

void TestPreferences::choose(QComboBox *box, const QString &data)
{
    // Step with the keyboard, as a user would, until the entry is current.
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count() && box->currentData().toString() != data; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->currentData().toString(), data);
}

void TestPreferences::defaultsAreLightAndSystem()
{
    QCOMPARE(PreferencesDialog::storedThemeName(), u"light"_s);
    QCOMPARE(PreferencesDialog::storedLanguage(), QString());
    QCOMPARE(PreferencesDialog::startupLanguage(), LanguageLoader::systemLanguage());
    PreferencesDialog dialog;
    QCOMPARE(dialog.languageBox()->count(), 5); // system + the four languages
    QCOMPARE(dialog.themeBox()->count(), 3);
    QCOMPARE(dialog.themeBox()->currentData().toString(), u"light"_s);
}

void TestPreferences::themeAppliesAtOnce()
{
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openFile(QStringLiteral(JS_SOURCE_DIR "/resources/samples/credit-card-en.cjm")));
    MapScene *scene = window.canvas()->view()->mapScene();
    QCOMPARE(scene->painter().theme().background, MapTheme::light().background);

    PreferencesDialog dialog(&window);
    connect(&dialog, &PreferencesDialog::applied, &window,
            [scene] { PreferencesDialog::applyStoredTheme(scene); });
    choose(dialog.themeBox(), u"dark"_s);
    QTest::mouseClick(button(&dialog, QDialogButtonBox::Apply), Qt::LeftButton);
    QCOMPARE(scene->painter().theme().background, MapTheme::dark().background);
    QCOMPARE(scene->backgroundBrush().color(), MapTheme::dark().background);
    QVERIFY(MapTheme::dark().background != MapTheme::light().background);

    choose(dialog.themeBox(), u"highContrast"_s);
    QTest::mouseClick(button(&dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(scene->painter().theme().background, MapTheme::highContrast().background);
    QCOMPARE(QSettings().value(u"preferences/theme"_s).toString(), u"highContrast"_s);
}

void TestPreferences::themeIsUsedByTheNextWindow()
{
    QSettings().setValue(u"preferences/theme"_s, u"dark"_s);
    MainWindow window;
    QCOMPARE(window.canvas()->view()->mapScene()->painter().theme().background,
             MapTheme::dark().background);
}

void TestPreferences::cancelChangesNothing()
{
    PreferencesDialog dialog;
    choose(dialog.themeBox(), u"dark"_s);
    choose(dialog.languageBox(), u"ko"_s);
    QTest::mouseClick(button(&dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(PreferencesDialog::storedThemeName(), u"light"_s);
    QCOMPARE(PreferencesDialog::storedLanguage(), QString());
}

void TestPreferences::languageIsForTheNextStart()
{
    PreferencesDialog dialog;
    choose(dialog.languageBox(), u"de"_s);
    QCOMPARE(dialog.languageBox()->currentText(), u"Deutsch"_s);
    QTest::mouseClick(button(&dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(PreferencesDialog::storedLanguage(), u"de"_s);
    QCOMPARE(PreferencesDialog::startupLanguage(), u"de"_s);
    // What the next start does with it: the language loads.
    LanguageLoader loader;
    QVERIFY(loader.load(PreferencesDialog::startupLanguage()));
    QCOMPARE(loader.language(), u"de"_s);

    PreferencesDialog again; // shows what was chosen
    QCOMPARE(again.languageBox()->currentData().toString(), u"de"_s);
}

QTEST_MAIN(TestPreferences)
#include "test_preferences.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/status.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QTranslator;

namespace cjm {

/**
 * Loads the user-interface language: Qt's own translations (qtbase_<lang>.qm
 * from Qt's translations folder, for standard dialogs and buttons) and ours
 * (journeystudio_<lang>.qm, embedded under ":/i18n" by journeytranslations).
 *
 * Both the application and the tests use it, so a test can check that every
 * language loads. The translators stay installed while the loader lives.
 */
class LanguageLoader
{
    Q_DECLARE_TR_FUNCTIONS(cjm::LanguageLoader)

public:
    LanguageLoader();
    ~LanguageLoader();
    LanguageLoader(const LanguageLoader &) = delete;
    LanguageLoader &operator=(const LanguageLoader &) = delete;

    /// The languages the application speaks: "en" (the source language), "zh_CN", "de", "ko".
    static QStringList supportedLanguages();

    /**
     * The supported code that `code` names ("zh-cn" and "ZH_CN" name "zh_CN",
     * "de_DE" names "de"), or an empty string if none does.
     */
    static QString normalised(const QString &code);

    /// The supported language closest to the system's UI languages; "en" when none matches.
    static QString systemLanguage();

    /**
     * Switches to `code` (see normalised()): replaces any translators this
     * loader installed and makes QLocale's default follow the language, so
     * numbers and dates match the words. Fails for an unknown code or when
     * our translation for it is missing; Qt's own is optional.
     */
    Status load(const QString &code);

    /// The loaded language code, or empty before load().
    const QString &language() const { return mLanguage; }
    /// Whether Qt's own translation was found for the loaded language.
    bool hasQtTranslation() const { return mQtLoaded; }

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> mQtTranslator;
    std::unique_ptr<QTranslator> mOwnTranslator;
    QString mLanguage;
    bool mQtLoaded = false;
};

} // namespace cjm

// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageloader.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace cjm {

namespace {

const QString kSourceLanguage = u"en"_s;

} // namespace

LanguageLoader::LanguageLoader() = default;

LanguageLoader::~LanguageLoader()
{
    removeTranslators();
}

QStringList LanguageLoader::supportedLanguages()
{
    return {kSourceLanguage, u"zh_CN"_s, u"de"_s, u"ko"_s};
}

QString LanguageLoader::normalised(const QString &code)
{
    QString wanted = code.trimmed();
    wanted.replace(u'-', u'_');
    const QStringList languages = supportedLanguages();
    for (const QString &language : languages) {
        if (wanted.compare(language, Qt::CaseInsensitive) == 0)
            return language;
    }
    // A regional variant of a language we have without a region ("de_AT" -> "de").
    const QString base = wanted.section(u'_', 0, 0);
    for (const QString &language : languages) {
        if (!language.contains(u'_') && base.compare(language, Qt::CaseInsensitive) == 0)
            return language;
    }
    // Chinese in the mainland's simplified script is the only Chinese we have.
    if (base.compare(u"zh"_s, Qt::CaseInsensitive) == 0
        && !wanted.contains(u"TW"_s, Qt::CaseInsensitive)
        && !wanted.contains(u"HK"_s, Qt::CaseInsensitive)
        && !wanted.contains(u"Hant"_s, Qt::CaseInsensitive))
        return u"zh_CN"_s;
    return QString();
}

QString LanguageLoader::systemLanguage()
{
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &uiLanguage : uiLanguages) {
        const QString language = normalised(uiLanguage);
        if (!language.isEmpty())
            return language;
    }
    return kSourceLanguage;
}

Status LanguageLoader::load(const QString &code)
{
    const QString language = normalised(code);
    if (language.isEmpty()) {
        return Status::failure(tr("unknown language \"%1\"; the languages are: %2")
                                       .arg(code, supportedLanguages().join(u", "_s)));
    }
    removeTranslators();
    mLanguage = language;
    QLocale::setDefault(QLocale(language));
    if (language == kSourceLanguage) {
        // The source texts are English; only their plural forms come from a file.
        auto plurals = std::make_unique<QTranslator>();
        if (plurals->load(u"journeystudio_en"_s, u":/i18n"_s)) {
            QCoreApplication::installTranslator(plurals.get());
            mOwnTranslator = std::move(plurals);
        }
        return Status::success();
    }

    auto own = std::make_unique<QTranslator>();
    if (!own->load(u"journeystudio_"_s + language, u":/i18n"_s)) {
        return Status::failure(
                tr("the translation into \"%1\" is missing from this build").arg(language));
    }
    QCoreApplication::installTranslator(own.get());
    mOwnTranslator = std::move(own);

    auto qt = std::make_unique<QTranslator>();
    mQtLoaded
            = qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (mQtLoaded) {
        QCoreApplication::installTranslator(qt.get());
        mQtTranslator = std::move(qt);
    }
    return Status::success();
}

void LanguageLoader::removeTranslators()
{
    // QCoreApplication may already be gone when a loader outlives it (static teardown).
    if (QCoreApplication::instance()) {
        if (mQtTranslator)
            QCoreApplication::removeTranslator(mQtTranslator.get());
        if (mOwnTranslator)
            QCoreApplication::removeTranslator(mOwnTranslator.get());
    }
    mQtTranslator.reset();
    mOwnTranslator.reset();
    mQtLoaded = false;
}

} // namespace cjm

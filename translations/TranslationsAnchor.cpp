// outpost-translations holds only the compiled translations (Qt resources); a static library
// needs at least one object file of its own.
namespace outpost::i18n {
int translationsAnchor = 0;
} // namespace outpost::i18n

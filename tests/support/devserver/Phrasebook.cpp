#include "Phrasebook.h"

using namespace Qt::Literals::StringLiterals;

namespace devserver {

namespace {

Phrasebook english()
{
    Phrasebook b;
    b.sentences = {
            "We upgraded our instance to 2.40 last week and the analytics tables now take twice as "
            "long to generate.",
            "Has anyone managed to sync the Android capture app over a very slow connection?",
            "The program rule works in the web app but not on the tablets, which is strange.",
            "I checked the server logs and found a timeout when the data set is submitted.",
            "You can assign the user role at district level and let it cascade to the facilities.",
            "Our team is planning a training for data managers in the northern region next month.",
            "Thanks for the detailed answer, it solved the problem for us.",
            "Could you share the metadata package so we can test it on our side?",
            "The indicator formula divides by the population, so check that the denominator is not "
            "empty.",
            "We use the tracker to follow pregnant women from the first visit until delivery.",
            "After clearing the cache the dashboard shows the right numbers again.",
            "Is there a way to import organisation units from a CSV file without duplicating them?",
            "SMS reporting works well in areas without mobile data.",
            "I would recommend testing the upgrade on a copy of the database first.",
            "Our ministry moved the HMIS to a cloud server and performance improved a lot.",
            "The data quality app flags many outliers in the immunisation data set.",
            "Please open an issue with the steps to reproduce it and the version you run.",
            "We are seeing the same behaviour after the last patch release.",
            "The API returns 409 Conflict when the category option combo is missing.",
            "Good point, we will add that to the implementation guide.",
    };
    b.titleTemplates = {
            "How to configure %1 for %2",
            "Problem with %1 after upgrading to %3",
            "%1 not syncing on Android devices",
            "Best practice for %1 in %2",
            "Question about %1 and %2",
            "Error when importing %1 (%3)",
            "Sharing our experience with %1 in %3",
    };
    b.nouns = {"tracker programs",   "program rules",    "data sets",
               "organisation units", "analytics tables", "user roles",
               "the capture app",    "event reports",    "validation rules",
               "predictors",         "SMS reporting",    "dashboards",
               "metadata imports",   "option sets",      "category combinations"};
    b.contexts = {"a national HMIS",      "community health workers", "immunisation data",
                  "malaria surveillance", "a district rollout",       "offline clinics"};
    b.listItems = {"Back up the database before anything else",
                   "Run the analytics tables export overnight",
                   "Check the sharing settings of the program",
                   "Clear the application cache on each device",
                   "Review the user roles assigned at district level",
                   "Test the import with a dry run first"};
    b.linkTexts = {"the documentation", "this guide", "the release notes", "the academy material"};
    b.firstNames = {"James", "Mary", "Grace", "Peter",  "Sarah",
                    "David", "Ruth", "John",  "Esther", "Michael"};
    b.lastNames = {"Banda", "Mensah", "Okello", "Smith", "Walker",
                   "Phiri", "Mwangi", "Kamau",  "Owusu", "Nkosi"};
    b.editNote = "Edit:";
    b.imageAlt = "screenshot";
    return b;
}

Phrasebook french()
{
    Phrasebook b;
    b.sentences = {
            "Nous avons mis à jour notre instance vers la version 2.40 et la génération des tables "
            "analytiques est devenue plus lente.",
            "Quelqu’un a-t-il réussi à synchroniser l’application Android avec une connexion très "
            "faible ?",
            "La règle de programme fonctionne sur le web mais pas sur les tablettes.",
            "J’ai consulté les journaux du serveur et trouvé une erreur de délai lors de l’envoi "
            "du "
            "formulaire.",
            "Vous pouvez attribuer le rôle utilisateur au niveau du district.",
            "Notre équipe prépare une formation pour les gestionnaires de données le mois "
            "prochain.",
            "Merci pour cette réponse détaillée, elle a résolu notre problème.",
            "Pourriez-vous partager le paquet de métadonnées pour que nous puissions le tester ?",
            "La formule de l’indicateur divise par la population, vérifiez que le dénominateur "
            "n’est pas vide.",
            "Nous utilisons le tracker pour suivre les femmes enceintes depuis la première "
            "consultation.",
            "Après avoir vidé le cache, le tableau de bord affiche de nouveau les bons chiffres.",
            "Existe-t-il un moyen d’importer les unités d’organisation depuis un fichier CSV sans "
            "doublons ?",
            "La saisie par SMS fonctionne bien dans les zones sans données mobiles.",
            "Je recommande de tester la mise à jour sur une copie de la base de données.",
            "Nous observons le même comportement depuis le dernier correctif.",
            "L’application de qualité des données signale beaucoup de valeurs aberrantes.",
    };
    b.titleTemplates = {"Comment configurer %1 pour %2",
                        "Problème avec %1 après la mise à jour %3",
                        "%1 ne se synchronisent pas sur Android",
                        "Bonnes pratiques pour %1 dans %2",
                        "Question sur %1 et %2",
                        "Erreur lors de l’import de %1 (%3)"};
    b.nouns = {"les programmes tracker",    "les règles de programme", "les ensembles de données",
               "les unités d’organisation", "les tableaux de bord",    "les rôles utilisateur",
               "les rapports d’événements", "les règles de validation"};
    b.contexts = {"un SNIS national", "les agents de santé communautaires", "la vaccination",
                  "la surveillance du paludisme", "un déploiement régional"};
    b.listItems = {"Sauvegarder la base de données avant tout",
                   "Lancer l’export des tables analytiques la nuit",
                   "Vérifier les paramètres de partage du programme",
                   "Vider le cache de l’application sur chaque appareil",
                   "Tester l’import à blanc d’abord"};
    b.linkTexts = {"la documentation", "ce guide", "les notes de version"};
    b.firstNames = {"Aminata", "Jean", "Fatou",   "Pierre", "Mariam",
                    "Paul",    "Awa",  "Olivier", "Claire", "Moussa"};
    b.lastNames = {"Diallo", "Traoré", "Dupont", "Koné",    "Ndiaye",
                   "Martin", "Sow",    "Camara", "Lefèvre", "Ouédraogo"};
    b.editNote = "Modification :";
    b.imageAlt = "capture";
    return b;
}

Phrasebook portuguese()
{
    Phrasebook b;
    b.sentences = {
            "Atualizámos a nossa instância para a versão 2.40 e as tabelas analíticas demoram o "
            "dobro do tempo.",
            "Alguém conseguiu sincronizar o aplicativo Android com uma ligação muito lenta?",
            "A regra do programa funciona na web, mas não nos tablets.",
            "Verifiquei os registos do servidor e encontrei um erro de tempo limite ao enviar o "
            "formulário.",
            "Pode atribuir o perfil de utilizador ao nível do distrito.",
            "A nossa equipa está a preparar uma formação para os gestores de dados no próximo mês.",
            "Obrigado pela resposta detalhada, resolveu o nosso problema.",
            "Poderia partilhar o pacote de metadados para testarmos do nosso lado?",
            "A fórmula do indicador divide pela população, confirme que o denominador não está "
            "vazio.",
            "Usamos o tracker para acompanhar as gestantes desde a primeira consulta.",
            "Depois de limpar a cache, o painel voltou a mostrar os números corretos.",
            "Existe alguma forma de importar as unidades organizacionais de um ficheiro CSV sem "
            "duplicados?",
            "O envio por SMS funciona bem nas zonas sem dados móveis.",
            "Recomendo testar a atualização numa cópia da base de dados primeiro.",
            "Estamos a ver o mesmo comportamento depois da última correção.",
            "A aplicação de qualidade de dados assinala muitos valores atípicos.",
    };
    b.titleTemplates = {"Como configurar %1 para %2",    "Problema com %1 depois da atualização %3",
                        "%1 não sincronizam no Android", "Boas práticas para %1 em %2",
                        "Dúvida sobre %1 e %2",          "Erro ao importar %1 (%3)"};
    b.nouns = {"os programas tracker",
               "as regras de programa",
               "os conjuntos de dados",
               "as unidades organizacionais",
               "os painéis",
               "os perfis de utilizador",
               "as regras de validação"};
    b.contexts = {"um SIS nacional", "os agentes comunitários", "a vacinação",
                  "a vigilância da malária", "uma implementação provincial"};
    b.listItems = {"Fazer cópia de segurança da base de dados",
                   "Correr as tabelas analíticas à noite",
                   "Verificar as definições de partilha do programa",
                   "Limpar a cache do aplicativo em cada dispositivo",
                   "Testar a importação primeiro em modo de ensaio"};
    b.linkTexts = {"a documentação", "este guia", "as notas da versão"};
    b.firstNames = {"João",    "Ana",   "Carlos", "Maria", "Luís",
                    "Beatriz", "Paulo", "Inês",   "Tomás", "Fernanda"};
    b.lastNames = {"Silva",    "Santos",   "Macuácua", "Pereira", "Cossa",
                   "Ferreira", "Mondlane", "Costa",    "Sitoe",   "Almeida"};
    b.editNote = "Edição:";
    b.imageAlt = "imagem";
    return b;
}

Phrasebook spanish()
{
    Phrasebook b;
    b.sentences = {
            "Actualizamos nuestra instancia a la versión 2.40 y las tablas analíticas tardan el "
            "doble.",
            "¿Alguien ha logrado sincronizar la aplicación Android con una conexión muy lenta?",
            "La regla del programa funciona en la web pero no en las tabletas.",
            "Revisé los registros del servidor y encontré un error de tiempo de espera al enviar "
            "el "
            "formulario.",
            "Puede asignar el rol de usuario a nivel de distrito.",
            "Nuestro equipo está preparando una capacitación para los gestores de datos el próximo "
            "mes.",
            "Gracias por la respuesta tan detallada, resolvió nuestro problema.",
            "¿Podría compartir el paquete de metadatos para probarlo de nuestro lado?",
            "La fórmula del indicador divide entre la población, verifique que el denominador no "
            "esté vacío.",
            "Usamos el tracker para dar seguimiento a las embarazadas desde la primera consulta.",
            "Después de limpiar la caché, el tablero muestra de nuevo las cifras correctas.",
            "¿Hay alguna forma de importar las unidades organizativas desde un archivo CSV sin "
            "duplicarlas?",
            "El reporte por SMS funciona bien en zonas sin datos móviles.",
            "Recomiendo probar la actualización primero en una copia de la base de datos.",
            "Vemos el mismo comportamiento después del último parche.",
            "La aplicación de calidad de datos marca muchos valores atípicos.",
    };
    b.titleTemplates = {
            "Cómo configurar %1 para %2",      "Problema con %1 después de actualizar a %3",
            "%1 no se sincronizan en Android", "Buenas prácticas para %1 en %2",
            "Pregunta sobre %1 y %2",          "Error al importar %1 (%3)"};
    b.nouns = {"los programas tracker",      "las reglas de programa", "los conjuntos de datos",
               "las unidades organizativas", "los tableros",           "los roles de usuario",
               "las reglas de validación"};
    b.contexts = {"un SIS nacional", "los promotores de salud", "la vacunación",
                  "la vigilancia de malaria", "un despliegue departamental"};
    b.listItems = {"Respaldar la base de datos antes de todo",
                   "Ejecutar las tablas analíticas por la noche",
                   "Revisar la configuración de uso compartido del programa",
                   "Limpiar la caché de la aplicación en cada dispositivo",
                   "Probar la importación primero en modo de prueba"};
    b.linkTexts = {"la documentación", "esta guía", "las notas de la versión"};
    b.firstNames = {"Lucía", "Carlos", "Sofía",  "Miguel",  "Elena",
                    "Jorge", "Camila", "Andrés", "Valeria", "Diego"};
    b.lastNames = {"García",    "López",  "Martínez", "Hernández", "Quispe",
                   "Rodríguez", "Mamani", "Pérez",    "Flores",    "Castillo"};
    b.editNote = "Edición:";
    b.imageAlt = "captura";
    return b;
}

Phrasebook arabic()
{
    Phrasebook b;
    b.sentences = {
            "قمنا بتحديث النظام إلى الإصدار 2.40 وأصبح إنشاء الجداول التحليلية يستغرق وقتاً أطول.",
            "هل تمكن أحد من مزامنة تطبيق أندرويد عبر اتصال ضعيف جداً؟",
            "قاعدة البرنامج تعمل على الويب لكنها لا تعمل على الأجهزة اللوحية.",
            "راجعت سجلات الخادم ووجدت خطأ انتهاء المهلة عند إرسال النموذج.",
            "يمكنك تعيين دور المستخدم على مستوى المنطقة.",
            "يعد فريقنا دورة تدريبية لمديري البيانات في الشهر القادم.",
            "شكراً على الإجابة المفصلة، لقد حلت مشكلتنا.",
            "هل يمكنك مشاركة حزمة البيانات الوصفية حتى نختبرها من جهتنا؟",
            "معادلة المؤشر تقسم على عدد السكان، لذا تأكد من أن المقام ليس فارغاً.",
            "نستخدم نظام التتبع لمتابعة النساء الحوامل منذ الزيارة الأولى.",
            "بعد مسح ذاكرة التخزين المؤقت عادت لوحة المعلومات إلى عرض الأرقام الصحيحة.",
            "هل توجد طريقة لاستيراد الوحدات التنظيمية من ملف CSV دون تكرارها؟",
            "الإبلاغ عبر الرسائل القصيرة يعمل جيداً في المناطق التي لا تتوفر فيها بيانات الجوال.",
            "أنصح باختبار التحديث على نسخة من قاعدة البيانات أولاً.",
            "نلاحظ السلوك نفسه بعد آخر تحديث تصحيحي.",
            "تطبيق جودة البيانات يشير إلى الكثير من القيم الشاذة.",
    };
    b.titleTemplates = {"كيفية إعداد %1 من أجل %2", "مشكلة في %1 بعد التحديث إلى %3",
                        "%1 لا تتم مزامنتها على أندرويد", "أفضل الممارسات بخصوص %1 في %2",
                        "سؤال حول %1 و%2"};
    b.nouns = {"برامج التتبع",    "قواعد البرنامج",   "مجموعات البيانات", "الوحدات التنظيمية",
               "لوحات المعلومات", "أدوار المستخدمين", "قواعد التحقق"};
    b.contexts = {"نظام معلومات صحي وطني", "العاملين الصحيين في المجتمع", "بيانات التطعيم",
                  "ترصد الملاريا"};
    b.listItems = {"أخذ نسخة احتياطية من قاعدة البيانات أولاً", "تشغيل الجداول التحليلية ليلاً",
                   "مراجعة إعدادات المشاركة للبرنامج", "مسح ذاكرة التطبيق على كل جهاز"};
    b.linkTexts = {"الوثائق", "هذا الدليل", "ملاحظات الإصدار"};
    b.firstNames = {"أحمد", "محمد", "فاطمة", "ليلى", "يوسف", "مريم", "عمر", "نور", "خالد", "سلمى"};
    b.lastNames = {"الحسن", "حداد",   "العلي", "منصور", "سعيد",
                   "عثمان", "الخطيب", "نصر",   "يونس",  "إبراهيم"};
    b.firstNamesAscii = {"ahmed",  "mohamed", "fatima", "layla",  "yousef",
                         "mariam", "omar",    "nour",   "khaled", "salma"};
    b.lastNamesAscii = {"alhassan", "haddad",   "alali", "mansour", "saeed",
                        "osman",    "alkhatib", "nasr",  "younes",  "ibrahim"};
    b.editNote = "تعديل:";
    b.imageAlt = "صورة";
    return b;
}

QString asciiFold(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() < 128 && (c.isLetterOrNumber()))
            out += c.toLower();
    }
    return out;
}

Phrasebook withAsciiNames(Phrasebook b)
{
    if (b.firstNamesAscii.isEmpty()) {
        for (const QString &n : b.firstNames)
            b.firstNamesAscii << asciiFold(n);
        for (const QString &n : b.lastNames)
            b.lastNamesAscii << asciiFold(n);
    }
    return b;
}

} // namespace

const Phrasebook &Phrasebook::forLanguage(Lang lang)
{
    static const Phrasebook books[kLangCount] = {
            withAsciiNames(english()), withAsciiNames(french()), withAsciiNames(portuguese()),
            withAsciiNames(spanish()), withAsciiNames(arabic())};
    return books[int(lang)];
}

const QList<CodeSample> &codeSamples()
{
    static const QList<CodeSample> samples = {
            {"json", "{\n  \"dataSet\": \"BfMAe6Itzgt\",\n  \"period\": \"202401\",\n"
                     "  \"orgUnit\": \"DiszpKrYNg8\",\n  \"dataValues\": [\n"
                     "    { \"dataElement\": \"f7n9E0hX8qk\", \"value\": \"12\" }\n  ]\n}"},
            {"sql", "SELECT ou.name, COUNT(*) AS values_count\nFROM datavalue dv\n"
                    "JOIN organisationunit ou ON ou.organisationunitid = dv.sourceid\n"
                    "GROUP BY ou.name\nORDER BY values_count DESC;"},
            {"bash", "curl -H \"Authorization: ApiToken $DHIS2_TOKEN\" \\\n"
                     "  \"https://dhis2.example.org/api/dataValueSets?dataSet=BfMAe6Itzgt&period="
                     "202401\""},
            {"javascript", "const response = await fetch('/api/me?fields=organisationUnits');\n"
                           "const me = await response.json();\nconsole.log(me.organisationUnits "
                           "&& me.organisationUnits.length);"},
            {"python",
             "import requests\n\nr = requests.get(base + '/api/system/info', timeout=30)\n"
             "print(r.json()['version'])"},
            {"r", "library(httr)\nres <- GET(paste0(base, \"/api/analytics\"), query = q)\n"
                  "str(content(res)$rows)"},
    };
    return samples;
}

const QList<OneboxTarget> &oneboxTargets()
{
    static const QList<OneboxTarget> targets = {
            {"https://docs.dhis2.org/en/use/user-guides/dhis-core-version-master/"
             "collecting-data/data-entry.html",
             "docs.dhis2.org", "Data entry",
             "How aggregate data is entered in the data entry app."},
            {"https://github.com/dhis2/dhis2-core/releases", "github.com",
             "Releases · dhis2/dhis2-core", "Server releases, their changes and known issues."},
            {"https://dhis2.org/academy/", "dhis2.org", "DHIS2 Academy",
             "Courses for implementers, from fundamentals to advanced tracker design."},
            {"https://docs.dhis2.org/en/develop/using-the-api/dhis-core-version-master/"
             "introduction.html",
             "docs.dhis2.org", "Web API introduction", "Authentication, formats and conventions."},
    };
    return targets;
}

const QStringList &emojiNames()
{
    static const QStringList names = {"slight_smile", "+1",       "tada",
                                      "pray",         "thinking", "white_check_mark"};
    return names;
}

const QStringList &countries()
{
    static const QStringList names = {"Malawi",  "Senegal",    "Mozambique",    "Guatemala",
                                      "Jordan",  "Bangladesh", "Côte d’Ivoire", "Angola",
                                      "Bolivia", "Sudan",      "Uganda",        "Laos"};
    return names;
}

const QStringList &versions()
{
    static const QStringList names = {"2.38", "2.39", "2.40", "2.41", "40.4", "41.1", "42.0"};
    return names;
}

} // namespace devserver

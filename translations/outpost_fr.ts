<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en_GB">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>outpost::auth::CredentialStore</name>
    <message>
        <source>No system keychain is available, so your sign-in is kept in memory for this run only. You will need to sign in again next time. Outpost never writes it to a file.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: vos informations de connexion sont donc conservées en mémoire pour cette session uniquement. Vous devrez vous reconnecter la prochaine fois. Outpost ne les écrit jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The system keychain refused to keep your sign-in (%1).</source>
        <extracomment>%1 is the keychain&apos;s own error text</extracomment>
        <translation>Le trousseau système a refusé de conserver vos informations de connexion (%1).</translation>
    </message>
</context>
<context>
    <name>outpost::auth::LoopbackReceiver</name>
    <message>
        <source>Outpost could not wait for the forum on port %1 of this computer (%2). Another program may be using it.</source>
        <translation>Outpost n’a pas pu attendre le forum sur le port %1 de cet ordinateur (%2). Un autre programme l’utilise peut-être.</translation>
    </message>
    <message>
        <source>Outpost could not wait for the forum on this computer (%1).</source>
        <translation>Outpost n’a pas pu attendre le forum sur cet ordinateur (%1).</translation>
    </message>
    <message>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Cette requête est trop volumineuse.</translation>
    </message>
    <message>
        <source>This request is not understood.</source>
        <translation>Cette requête n’est pas comprise.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Il n’y a rien ici.</translation>
    </message>
    <message>
        <source>The browser came back to Outpost without a sign-in code. Paste the code instead, or start again.</source>
        <translation>Le navigateur est revenu vers Outpost sans code de connexion. Collez plutôt le code, ou recommencez.</translation>
    </message>
    <message>
        <source>Outpost did not receive a sign-in code</source>
        <translation>Outpost n’a pas reçu de code de connexion</translation>
    </message>
    <message>
        <source>The forum&apos;s answer did not contain a sign-in code. Go back to Outpost: you can paste the code there, or start again.</source>
        <translation>La réponse du forum ne contenait pas de code de connexion. Revenez à Outpost : vous pouvez y coller le code, ou recommencer.</translation>
    </message>
    <message>
        <source>Back to Outpost</source>
        <translation>Retour à Outpost</translation>
    </message>
    <message>
        <source>Outpost has received the forum&apos;s answer. You can close this page and go back to Outpost.</source>
        <translation>Outpost a reçu la réponse du forum. Vous pouvez fermer cette page et revenir à Outpost.</translation>
    </message>
    <message>
        <source>The forum did not hand the key back to Outpost in time. Paste the code instead, or start again.</source>
        <translation>Le forum n’a pas renvoyé la clé à Outpost à temps. Collez plutôt le code, ou recommencez.</translation>
    </message>
</context>
<context>
    <name>outpost::auth::UserApiKeyHandshake</name>
    <message>
        <source>Could not create the keys needed to sign in (the system&apos;s cryptography library failed).</source>
        <translation>Impossible de créer les clés nécessaires à la connexion (la bibliothèque de cryptographie du système a échoué).</translation>
    </message>
    <message>
        <source>That is not a sign-in code from the forum. Copy the whole code shown after you approved Outpost, and paste it again.</source>
        <translation>Ce n’est pas un code de connexion du forum. Copiez le code complet affiché après avoir autorisé Outpost, puis collez-le à nouveau.</translation>
    </message>
    <message>
        <source>The sign-in code could not be read: it was not made for this sign-in attempt, or it was changed on the way. Start signing in again.</source>
        <translation>Le code de connexion est illisible&#xa0;: il n’a pas été créé pour cette tentative de connexion, ou il a été modifié en chemin. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>The sign-in code belongs to another sign-in attempt. Start signing in again and paste the code the forum shows then.</source>
        <translation>Le code de connexion appartient à une autre tentative de connexion. Recommencez la connexion et collez le code que le forum affichera alors.</translation>
    </message>
    <message>
        <source>This forum speaks an older version of the sign-in protocol (%1; Outpost needs %2). Ask the forum&apos;s administrators to update Discourse.</source>
        <translation>Ce forum utilise une version plus ancienne du protocole de connexion (%1&#xa0;; Outpost a besoin de %2). Demandez aux administrateurs du forum de mettre Discourse à jour.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::CliApplication</name>
    <message>
        <source>Outpost, the offline-first Discourse client, from the command line.</source>
        <translation>Outpost, le client Discourse conçu pour le hors-ligne, en ligne de commande.</translation>
    </message>
    <message>
        <source>Where the cache and settings live (default: $OUTPOST_PROFILE, else the platform&apos;s application data folder).</source>
        <translation>Emplacement du cache et des paramètres (par défaut&#xa0;: $OUTPOST_PROFILE, sinon le dossier de données d’application de la plateforme).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>The forum to use, by URL or name (default: the first forum added).</source>
        <translation>Le forum à utiliser, par URL ou par nom (par défaut&#xa0;: le premier forum ajouté).</translation>
    </message>
    <message>
        <source>URL|NAME</source>
        <translation>URL|NOM</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout instead of text for people.</source>
        <translation>Écrire un seul document JSON sur stdout au lieu d’un texte destiné aux personnes.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Usage: outpost-cli [--profile DIR] [--forum URL|NAME] COMMAND [ARGS...] [--json]</source>
        <translation>Utilisation&#xa0;: outpost-cli [--profile DOSSIER] [--forum URL|NOM] COMMANDE [ARGUMENTS...] [--json]</translation>
    </message>
    <message>
        <source>Outpost keeps the categories you follow in a local cache, so you can read, search and write with no connection. These commands sync and read that cache.</source>
        <translation>Outpost conserve les catégories que vous suivez dans un cache local, pour que vous puissiez lire, rechercher et écrire sans connexion. Ces commandes synchronisent et lisent ce cache.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales&#xa0;:</translation>
    </message>
    <message>
        <source>  --profile DIR       where the cache and settings live (or $OUTPOST_PROFILE)</source>
        <translation>  --profile DOSSIER   emplacement du cache et des paramètres (ou $OUTPOST_PROFILE)</translation>
    </message>
    <message>
        <source>  --forum URL|NAME    the forum to use (default: the first forum added)</source>
        <translation>  --forum URL|NOM     le forum à utiliser (par défaut&#xa0;: le premier forum ajouté)</translation>
    </message>
    <message>
        <source>  --json              print one JSON document on stdout</source>
        <translation>  --json              écrire un seul document JSON sur stdout</translation>
    </message>
    <message>
        <source>  -h, --help          show help; &apos;outpost-cli COMMAND --help&apos; for a command</source>
        <translation>  -h, --help          afficher l’aide&#xa0;; &apos;outpost-cli COMMANDE --help&apos; pour une commande</translation>
    </message>
    <message>
        <source>  -v, --version       show the version</source>
        <translation>  -v, --version       afficher la version</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed (message on stderr), 2 bad usage, 3 partial (the sync stopped early: offline, rate budget or cancelled; what was stored stays).</source>
        <translation>Codes de sortie&#xa0;: 0 terminé, 1 échec (message sur stderr), 2 utilisation incorrecte, 3 partiel (la synchronisation s’est arrêtée avant la fin&#xa0;: hors ligne, quota de requêtes épuisé ou annulation&#xa0;; ce qui a été enregistré est conservé).</translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation>Utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>outpost::cli::CliContext</name>
    <message>
        <source>no forum has been added yet; add one with &apos;outpost-cli forum add URL&apos;</source>
        <translation>aucun forum n’a encore été ajouté&#xa0;; ajoutez-en un avec &apos;outpost-cli forum add URL&apos;</translation>
    </message>
    <message>
        <source>there is no forum &apos;%1&apos;; &apos;outpost-cli forum list&apos; shows the forums</source>
        <translation>il n’y a pas de forum &apos;%1&apos;&#xa0;; &apos;outpost-cli forum list&apos; affiche les forums</translation>
    </message>
    <message>
        <source>outpost-cli: %1</source>
        <extracomment>Prefix of every error message of the command-line program; %1 is the message.</extracomment>
        <translation>outpost-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try &apos;outpost-cli --help&apos; for more information.</source>
        <translation>Pour en savoir plus, essayez &apos;outpost-cli --help&apos;.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::Command</name>
    <message>
        <source>Read the text from FILE (UTF-8); &apos;-&apos; reads stdin.</source>
        <translation>Lire le texte depuis FICHIER (UTF-8)&#xa0;; &apos;-&apos; lit l’entrée standard (stdin).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>give the text either with --file or as &apos;-&apos;, not both</source>
        <translation>donnez le texte soit avec --file, soit avec &apos;-&apos;, pas les deux</translation>
    </message>
    <message>
        <source>give the text with --file FILE, or &apos;-&apos; to read stdin</source>
        <translation>donnez le texte avec --file FICHIER, ou &apos;-&apos; pour lire l’entrée standard</translation>
    </message>
</context>
<context>
    <name>outpost::cli::ForumCommands</name>
    <message>
        <source>&apos;%1&apos; is not a forum address; give one like https://community.dhis2.org</source>
        <translation>&apos;%1&apos; n’est pas l’adresse d’un forum&#xa0;; indiquez-en une comme https://community.dhis2.org</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password; sign in with &apos;outpost-cli login&apos;</source>
        <translation>l’adresse ne doit contenir ni nom d’utilisateur ni mot de passe&#xa0;; connectez-vous avec &apos;outpost-cli login&apos;</translation>
    </message>
    <message>
        <source>Add, list, rename or remove forums.</source>
        <translation>Ajouter, lister, renommer ou retirer des forums.</translation>
    </message>
    <message>
        <source>The forum&apos;s name in Outpost.</source>
        <translation>Le nom du forum dans Outpost.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Add the forum without checking that it answers like a Discourse forum.</source>
        <translation>Ajouter le forum sans vérifier qu’il répond comme un forum Discourse.</translation>
    </message>
    <message>
        <source>&apos;forum&apos; needs an action: add, list, rename or remove</source>
        <translation>&apos;forum&apos; a besoin d’une action&#xa0;: add, list, rename ou remove</translation>
    </message>
    <message>
        <source>&apos;forum %1&apos; does not take these arguments; see &apos;outpost-cli forum --help&apos;</source>
        <translation>&apos;forum %1&apos; n’accepte pas ces arguments&#xa0;; voir &apos;outpost-cli forum --help&apos;</translation>
    </message>
    <message>
        <source>%1 is already added, as “%2”</source>
        <translation>%1 est déjà ajouté, sous le nom «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>Vérification de %1 …</translation>
    </message>
    <message>
        <source>The forum only shows its content to members; sign in with &apos;outpost-cli login&apos; before syncing.</source>
        <translation>Le forum ne montre son contenu qu’à ses membres&#xa0;; connectez-vous avec &apos;outpost-cli login&apos; avant de synchroniser.</translation>
    </message>
    <message>
        <source>The forum could not be reached now, so it was added unchecked; &apos;outpost-cli sync&apos; will try when you are online. (%1)</source>
        <translation>Le forum est injoignable pour le moment, il a donc été ajouté sans vérification&#xa0;; &apos;outpost-cli sync&apos; réessaiera quand vous serez en ligne. (%1)</translation>
    </message>
    <message>
        <source>%1 does not answer like a Discourse forum: %2 Check the address, or add it anyway with --no-check.</source>
        <translation>%1 ne répond pas comme un forum Discourse&#xa0;: %2 Vérifiez l’adresse, ou ajoutez-le quand même avec --no-check.</translation>
    </message>
    <message>
        <source>Added forum %1, “%2” (%3). It is the default forum.</source>
        <translation>Forum %1 ajouté, «&#xa0;%2&#xa0;» (%3). C’est le forum par défaut.</translation>
    </message>
    <message>
        <source>Added forum %1, “%2” (%3).</source>
        <translation>Forum %1 ajouté, «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>Next: &apos;outpost-cli sync&apos; reads its categories, then &apos;outpost-cli categories&apos; lists them and &apos;outpost-cli follow ID&apos; picks the ones to keep offline.</source>
        <translation>Ensuite&#xa0;: &apos;outpost-cli sync&apos; lit ses catégories, puis &apos;outpost-cli categories&apos; les liste et &apos;outpost-cli follow ID&apos; choisit celles à garder hors ligne.</translation>
    </message>
    <message>
        <source>No forum yet. Add one with &apos;outpost-cli forum add URL&apos;.</source>
        <translation>Aucun forum pour l’instant. Ajoutez-en un avec &apos;outpost-cli forum add URL&apos;.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>FOLLOWED</source>
        <translation>SUIVIES</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>DERNIÈRE SYNCHRO</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>Marks the default forum in &apos;forum list&apos;.</extracomment>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>the new name is empty</source>
        <translation>le nouveau nom est vide</translation>
    </message>
    <message>
        <source>Forum %1 is now called “%2”.</source>
        <translation>Le forum %1 s’appelle désormais «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Removed forum %1, “%2”, and its offline copy.</source>
        <translation>Forum %1, «&#xa0;%2&#xa0;», retiré, ainsi que sa copie hors ligne.</translation>
    </message>
    <message>
        <source>there is no forum &apos;%1&apos;; &apos;outpost-cli forum list&apos; shows the forums</source>
        <translation>il n’y a pas de forum &apos;%1&apos;&#xa0;; &apos;outpost-cli forum list&apos; affiche les forums</translation>
    </message>
    <message>
        <source>Keep categories offline: their topics are synced.</source>
        <translation>Garder des catégories hors ligne&#xa0;: leurs sujets sont synchronisés.</translation>
    </message>
    <message>
        <source>Stop syncing categories (what is cached stays readable).</source>
        <translation>Arrêter de synchroniser des catégories (ce qui est en cache reste lisible).</translation>
    </message>
    <message>
        <source>give the ids of the categories (&apos;outpost-cli categories&apos; lists them)</source>
        <translation>indiquez les identifiants des catégories (&apos;outpost-cli categories&apos; les liste)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category id</source>
        <translation>&apos;%1&apos; n’est pas un identifiant de catégorie</translation>
    </message>
    <message>
        <source>there is no category %1 on this forum; &apos;outpost-cli categories&apos; lists them</source>
        <translation>il n’y a pas de catégorie %1 sur ce forum&#xa0;; &apos;outpost-cli categories&apos; les liste</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>catégorie %1</translation>
    </message>
    <message>
        <source>Following %1.</source>
        <translation>Vous suivez désormais %1.</translation>
    </message>
    <message>
        <source>No longer following %1.</source>
        <translation>Vous ne suivez plus %1.</translation>
    </message>
    <message>
        <source>%1 was not followed.</source>
        <translation>Vous ne suiviez pas %1.</translation>
    </message>
    <message>
        <source>Note: the forum&apos;s categories are not synced yet, so the ids were not checked; &apos;outpost-cli sync&apos; will read them.</source>
        <translation>Remarque&#xa0;: les catégories du forum ne sont pas encore synchronisées, les identifiants n’ont donc pas été vérifiés&#xa0;; &apos;outpost-cli sync&apos; les lira.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::HumanFormat</name>
    <message>
        <source>never</source>
        <extracomment>Shown where a time is not known (e.g. a topic with no posts cached).</extracomment>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <extracomment>Minutes ago, abbreviated: &quot;5 min ago&quot;.</extracomment>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <extracomment>Hours ago, abbreviated: &quot;3 h ago&quot;.</extracomment>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>today %1</source>
        <extracomment>Earlier today, at a time: &quot;today 08:15&quot;.</extracomment>
        <translation>aujourd’hui à %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>hier à %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A weekday and a time: &quot;Tuesday 14:05&quot;.</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;45 s&quot;.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration in minutes and seconds, e.g. &quot;2 min 5 s&quot;.</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes, e.g. &quot;1 h 20 min&quot;.</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>outpost::cli::LikeCommand</name>
    <message>
        <source>Queue a like of a post.</source>
        <translation>Mettre en attente un «&#xa0;J’aime&#xa0;» sur un message.</translation>
    </message>
    <message>
        <source>like POST_ID</source>
        <translation>like ID_MESSAGE</translation>
    </message>
    <message>
        <source>like needs the id of a post (a number)</source>
        <translation>like a besoin de l’identifiant d’un message (un nombre)</translation>
    </message>
    <message>
        <source>Queued the like of post %1 as %2; it will be sent on the next sync.</source>
        <translation>«&#xa0;J’aime&#xa0;» sur le message %1 mis en attente sous %2&#xa0;; il sera envoyé à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::LoginCommand</name>
    <message>
        <source>Sign in to the forum with a User API Key (the key goes to the system keychain).</source>
        <translation>Se connecter au forum avec une clé d’API utilisateur (la clé est conservée dans le trousseau système).</translation>
    </message>
    <message>
        <source>&apos;login&apos; takes no arguments</source>
        <translation>&apos;login&apos; n’accepte aucun argument</translation>
    </message>
    <message>
        <source>Outpost on %1</source>
        <extracomment>Shown to the person on the forum&apos;s consent page; %1 is the computer&apos;s name.</extracomment>
        <translation>Outpost sur %1</translation>
    </message>
    <message>
        <source>1. Open this address in your web browser and sign in to %1 if it asks:</source>
        <translation>1. Ouvrez cette adresse dans votre navigateur web et connectez-vous à %1 si on vous le demande&#xa0;:</translation>
    </message>
    <message>
        <source>2. Choose &quot;Authorize&quot;. The forum then shows a long code.</source>
        <translation>2. Choisissez «&#xa0;Autoriser&#xa0;». Le forum affiche alors un long code.</translation>
    </message>
    <message>
        <source>3. Paste the code here and press Enter on an empty line (or Ctrl+D):</source>
        <translation>3. Collez le code ici et appuyez sur Entrée sur une ligne vide (ou Ctrl+D)&#xa0;:</translation>
    </message>
    <message>
        <source>The forum did not accept the new key: %1</source>
        <translation>Le forum n’a pas accepté la nouvelle clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 For scripts and machines without a keychain, set the environment variable OUTPOST_USER_API_KEY instead.</source>
        <translation>%1 Pour les scripts et les machines sans trousseau, définissez plutôt la variable d’environnement OUTPOST_USER_API_KEY.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connexion à %1 établie en tant que %2.</translation>
    </message>
    <message>
        <source>Ask the forum to hand the key back to outpost-cli by itself, through http://127.0.0.1:PORT/outpost-auth (the forum&apos;s admins must allow that address). Pasting the code still works while it waits.</source>
        <translation>Demander au forum de renvoyer lui-même la clé à outpost-cli, par http://127.0.0.1:PORT/outpost-auth (les administrateurs du forum doivent autoriser cette adresse). Coller le code reste possible pendant l’attente.</translation>
    </message>
    <message>
        <source>The port for --redirect (default: the forum&apos;s setting, else %1; 0: any free port).</source>
        <translation>Le port pour --redirect (par défaut : le réglage du forum, sinon %1 ; 0 : n’importe quel port libre).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>--redirect-port must be a number from 0 to 65535</source>
        <translation>--redirect-port doit être un nombre de 0 à 65535</translation>
    </message>
    <message>
        <source>Sign in by pasting the code instead.</source>
        <translation>Connectez-vous plutôt en collant le code.</translation>
    </message>
    <message>
        <source>2. Choose &quot;Authorize&quot;. The forum hands the key back to outpost-cli by itself.</source>
        <translation>2. Choisissez « Autoriser ». Le forum renvoie lui-même la clé à outpost-cli.</translation>
    </message>
    <message>
        <source>   If your browser shows a code, or cannot open the page it is sent to, paste the code (or that page&apos;s whole address) here and press Enter on an empty line.</source>
        <translation>   Si votre navigateur affiche un code, ou ne peut pas ouvrir la page vers laquelle il est envoyé, collez le code (ou l’adresse complète de cette page) ici et appuyez sur Entrée sur une ligne vide.</translation>
    </message>
    <message>
        <source>The forum handed the key back.</source>
        <translation>Le forum a renvoyé la clé.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::LogoutCommand</name>
    <message>
        <source>Sign out: revoke the key on the forum and remove it from this computer. Drafts and the outbox stay.</source>
        <translation>Se déconnecter&#xa0;: révoquer la clé sur le forum et la supprimer de cet ordinateur. Les brouillons et la boîte d’envoi sont conservés.</translation>
    </message>
    <message>
        <source>&apos;logout&apos; takes no arguments</source>
        <translation>&apos;logout&apos; n’accepte aucun argument</translation>
    </message>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>Vous n’avez pas de session ouverte sur %1.</translation>
    </message>
    <message>
        <source>Signed out of %1. Your drafts and outbox are kept.</source>
        <translation>Déconnexion de %1 effectuée. Vos brouillons et votre boîte d’envoi sont conservés.</translation>
    </message>
    <message>
        <source>The key was removed from this computer, but the forum could not be told to revoke it (%1). Revoke it in your preferences on the forum, under Apps, when you are online.</source>
        <translation>La clé a été supprimée de cet ordinateur, mais le forum n’a pas pu être informé qu’il doit la révoquer (%1). Révoquez-la dans vos préférences sur le forum, sous «&#xa0;Applications&#xa0;», quand vous serez en ligne.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::NewTopicCommand</name>
    <message>
        <source>Queue a new topic (sent on the next sync).</source>
        <translation>Mettre en attente un nouveau sujet (envoyé à la prochaine synchronisation).</translation>
    </message>
    <message>
        <source>new-topic --category ID --title TITLE (--file FILE | -)</source>
        <translation>new-topic --category ID --title TITRE (--file FICHIER | -)</translation>
    </message>
    <message>
        <source>The category to post in.</source>
        <translation>La catégorie dans laquelle publier.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The topic&apos;s title.</source>
        <translation>Le titre du sujet.</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>new-topic takes no arguments but &apos;-&apos;</source>
        <translation>new-topic n’accepte aucun argument sauf &apos;-&apos;</translation>
    </message>
    <message>
        <source>new-topic needs --category ID (a number)</source>
        <translation>new-topic a besoin de --category ID (un nombre)</translation>
    </message>
    <message>
        <source>new-topic needs --title TITLE</source>
        <translation>new-topic a besoin de --title TITRE</translation>
    </message>
    <message>
        <source>Queued the new topic “%1” as %2; it will be sent on the next sync. Reply to it before then with &apos;outpost-cli reply %2 -&apos;.</source>
        <translation>Nouveau sujet «&#xa0;%1&#xa0;» mis en attente sous %2&#xa0;; il sera envoyé à la prochaine synchronisation. D’ici là, vous pouvez y répondre avec &apos;outpost-cli reply %2 -&apos;.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::OutboxCommand</name>
    <message>
        <source>List the outbox; show, retry, discard or send its items now.</source>
        <translation>Lister la boîte d’envoi&#xa0;; afficher, réessayer, abandonner ou envoyer maintenant ses éléments.</translation>
    </message>
    <message>
        <source>outbox [--json]</source>
        <translation>outbox [--json]</translation>
    </message>
    <message>
        <source>outbox show ID</source>
        <translation>outbox show ID</translation>
    </message>
    <message>
        <source>outbox retry ID [--keep-mine]</source>
        <translation>outbox retry ID [--keep-mine]</translation>
    </message>
    <message>
        <source>outbox discard ID [--with-replies]</source>
        <translation>outbox discard ID [--with-replies]</translation>
    </message>
    <message>
        <source>outbox send [--json]</source>
        <translation>outbox send [--json]</translation>
    </message>
    <message>
        <source>retry: for an edit in conflict, send yours over the forum&apos;s newer version.</source>
        <translation>retry&#xa0;: pour une modification en conflit, envoyer la vôtre par-dessus la version plus récente du forum.</translation>
    </message>
    <message>
        <source>retry: for an edit in conflict, keep the forum&apos;s version and drop yours.</source>
        <translation>retry&#xa0;: pour une modification en conflit, garder la version du forum et abandonner la vôtre.</translation>
    </message>
    <message>
        <source>discard: also discard the queued replies to this new topic.</source>
        <translation>discard&#xa0;: abandonner aussi les réponses en attente à ce nouveau sujet.</translation>
    </message>
    <message>
        <source>&apos;outbox %1&apos; needs the id of an item</source>
        <translation>&apos;outbox %1&apos; a besoin de l’identifiant d’un élément</translation>
    </message>
    <message>
        <source>too many arguments for &apos;outbox %1&apos;</source>
        <translation>trop d’arguments pour &apos;outbox %1&apos;</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, show, retry, discard, send)</source>
        <translation>action inconnue &apos;%1&apos; (list, show, retry, discard, send)</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>La boîte d’envoi est vide.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>ABOUT</source>
        <translation>OBJET</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DÉTAILS</translation>
    </message>
    <message>
        <source>post %1</source>
        <translation>message %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several outbox items; give more of the id</source>
        <translation>&apos;%1&apos; correspond à plusieurs éléments de la boîte d’envoi&#xa0;; donnez une plus grande partie de l’identifiant</translation>
    </message>
    <message>
        <source>there is no outbox item &apos;%1&apos;; &apos;outpost-cli outbox&apos; lists them</source>
        <translation>il n’y a pas d’élément &apos;%1&apos; dans la boîte d’envoi&#xa0;; &apos;outpost-cli outbox&apos; les liste</translation>
    </message>
    <message>
        <source>note: an earlier attempt to send it may have reached the forum; check the topic there.</source>
        <translation>remarque&#xa0;: une tentative d’envoi précédente a peut-être atteint le forum&#xa0;; vérifiez le sujet sur le forum.</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n item(s).</source>
        <translation>
            <numerusform>%n élément abandonné.</numerusform>
            <numerusform>%n éléments abandonnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>this edit is in conflict with a newer version on the forum: retry it with --keep-mine or --take-theirs (&apos;outpost-cli outbox show %1&apos; shows both)</source>
        <translation>cette modification est en conflit avec une version plus récente sur le forum&#xa0;: réessayez avec --keep-mine ou --take-theirs (&apos;outpost-cli outbox show %1&apos; affiche les deux)</translation>
    </message>
    <message>
        <source>Kept the forum&apos;s version; your edit was dropped.</source>
        <translation>Version du forum conservée&#xa0;; votre modification a été abandonnée.</translation>
    </message>
    <message>
        <source>Queued %1 again; it will be sent on the next sync.</source>
        <translation>%1 remis en attente&#xa0;; il sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Item:     %1</source>
        <translation>Élément&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kind:     %1</source>
        <translation>Type&#xa0;:    %1</translation>
    </message>
    <message>
        <source>About:    %1</source>
        <translation>Objet&#xa0;:   %1</translation>
    </message>
    <message>
        <source>State:    %1</source>
        <translation>État&#xa0;:    %1</translation>
    </message>
    <message>
        <source>Reason:   %1</source>
        <translation>Motif&#xa0;:   %1</translation>
    </message>
    <message>
        <source>On the forum: post %1</source>
        <translation>Sur le forum&#xa0;: message %1</translation>
    </message>
    <message>
        <source>Title:    %1</source>
        <translation>Titre&#xa0;:   %1</translation>
    </message>
    <message>
        <source>Your text:</source>
        <translation>Votre texte&#xa0;:</translation>
    </message>
    <message>
        <source>The forum&apos;s text (version %1):</source>
        <translation>Le texte du forum (version %1)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n item(s).</source>
        <translation>
            <numerusform>%n élément envoyé.</numerusform>
            <numerusform>%n éléments envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;outpost-cli outbox&apos; lists them with the forum&apos;s reasons.</source>
        <translation>&apos;outpost-cli outbox&apos; les liste avec les motifs donnés par le forum.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::OutboxText</name>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>impossible de lire &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than 4 MB; that is not the text of a post</source>
        <translation>&apos;%1&apos; dépasse 4 Mo&#xa0;; ce n’est pas le texte d’un message</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>&apos;%1&apos; n’est pas du texte UTF-8&#xa0;; enregistrez-le en UTF-8 et réessayez</translation>
    </message>
    <message>
        <source>the text is empty; there is nothing to send</source>
        <translation>le texte est vide&#xa0;; il n’y a rien à envoyer</translation>
    </message>
    <message numerus="yes">
        <source>note: forums usually refuse posts shorter than %n characters; it is queued anyway, and the forum will say.</source>
        <translation>
            <numerusform>remarque&#xa0;: les forums refusent généralement les messages de moins de %n caractère&#xa0;; il est quand même mis en attente, et le forum vous le dira.</numerusform>
            <numerusform>remarque&#xa0;: les forums refusent généralement les messages de moins de %n caractères&#xa0;; il est quand même mis en attente, et le forum vous le dira.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: forums usually refuse posts longer than %n characters; it is queued anyway, and the forum will say.</source>
        <translation>
            <numerusform>remarque&#xa0;: les forums refusent généralement les messages de plus de %n caractère&#xa0;; il est quand même mis en attente, et le forum vous le dira.</numerusform>
            <numerusform>remarque&#xa0;: les forums refusent généralement les messages de plus de %n caractères&#xa0;; il est quand même mis en attente, et le forum vous le dira.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: forums usually refuse titles shorter than %n characters; it is queued anyway, and the forum will say.</source>
        <translation>
            <numerusform>remarque&#xa0;: les forums refusent généralement les titres de moins de %n caractère&#xa0;; il est quand même mis en attente, et le forum vous le dira.</numerusform>
            <numerusform>remarque&#xa0;: les forums refusent généralement les titres de moins de %n caractères&#xa0;; il est quand même mis en attente, et le forum vous le dira.</numerusform>
        </translation>
    </message>
    <message>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>new topic</source>
        <translation>nouveau sujet</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>like</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>queued (checking)</source>
        <translation>en attente (vérification)</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>sent (awaiting approval)</source>
        <translation>envoyé (en attente d’approbation)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>needs attention (conflict)</source>
        <translation>à traiter (conflit)</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>à traiter</translation>
    </message>
    <message>
        <source>after new topic %1</source>
        <translation>après le nouveau sujet %1</translation>
    </message>
    <message>
        <source>topic %1, post %2</source>
        <extracomment>%1 is a topic id, %2 a post number in it</extracomment>
        <translation>sujet %1, message %2</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>sujet %1</translation>
    </message>
    <message>
        <source>“%1” in category %2</source>
        <extracomment>%1 is a topic title, %2 a category id</extracomment>
        <translation>«&#xa0;%1&#xa0;» dans la catégorie %2</translation>
    </message>
    <message>
        <source>post %1</source>
        <translation>message %1</translation>
    </message>
</context>
<context>
    <name>outpost::cli::ReadCommands</name>
    <message>
        <source>List the forum&apos;s categories; followed ones are marked.</source>
        <translation>Lister les catégories du forum&#xa0;; celles que vous suivez sont marquées.</translation>
    </message>
    <message>
        <source>&apos;categories&apos; takes no arguments</source>
        <translation>&apos;categories&apos; n’accepte aucun argument</translation>
    </message>
    <message>
        <source>No categories in the offline copy yet: run &apos;outpost-cli sync&apos;.</source>
        <translation>Aucune catégorie dans la copie hors ligne pour l’instant&#xa0;: lancez &apos;outpost-cli sync&apos;.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>TOPICS</source>
        <extracomment>Column: topics cached offline / topics on the forum.</extracomment>
        <translation>SUJETS</translation>
    </message>
    <message>
        <source>FOLLOWED</source>
        <translation>SUIVIE</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>List cached topics, newest activity first.</source>
        <translation>Lister les sujets en cache, activité la plus récente en premier.</translation>
    </message>
    <message>
        <source>Only this category and its subcategories.</source>
        <translation>Seulement cette catégorie et ses sous-catégories.</translation>
    </message>
    <message>
        <source>At most N topics (default 50; 0 for all).</source>
        <translation>Au plus N sujets (50 par défaut&#xa0;; 0 pour tous).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&apos;topics&apos; takes no arguments, only options</source>
        <translation>&apos;topics&apos; n’accepte aucun argument, seulement des options</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category id</source>
        <translation>&apos;%1&apos; n’est pas un identifiant de catégorie</translation>
    </message>
    <message>
        <source>--limit needs a number, 0 or more</source>
        <translation>--limit a besoin d’un nombre, 0 ou plus</translation>
    </message>
    <message>
        <source>No topics in the offline copy yet: follow categories and run &apos;outpost-cli sync&apos;.</source>
        <translation>Aucun sujet dans la copie hors ligne pour l’instant&#xa0;: suivez des catégories et lancez &apos;outpost-cli sync&apos;.</translation>
    </message>
    <message>
        <source>Show a cached topic, post by post.</source>
        <translation>Afficher un sujet en cache, message par message.</translation>
    </message>
    <message>
        <source>&apos;thread&apos; needs one topic id</source>
        <translation>&apos;thread&apos; a besoin d’un identifiant de sujet</translation>
    </message>
    <message>
        <source>topic %1 is not in the offline copy; fetch it with &apos;outpost-cli sync --topic %1&apos;</source>
        <translation>le sujet %1 n’est pas dans la copie hors ligne&#xa0;; récupérez-le avec &apos;outpost-cli sync --topic %1&apos;</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 posts cached</source>
        <extracomment>Under a thread&apos;s title: %1 category, %2 posts cached, %3 posts on the forum.</extracomment>
        <translation>%1 · %2 messages sur %3 en cache</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>catégorie %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>edited</source>
        <extracomment>After a post&apos;s date: it was edited.</extracomment>
        <translation>modifié</translation>
    </message>
    <message>
        <source>No post of this topic is cached; fetch it with &apos;outpost-cli sync --topic %1&apos;.</source>
        <translation>Aucun message de ce sujet n’est en cache&#xa0;; récupérez-le avec &apos;outpost-cli sync --topic %1&apos;.</translation>
    </message>
    <message>
        <source>What is new since the previous sync, and the forum&apos;s top topics.</source>
        <translation>Ce qui est nouveau depuis la synchronisation précédente, et les sujets populaires du forum.</translation>
    </message>
    <message>
        <source>&apos;digest&apos; takes no arguments</source>
        <translation>&apos;digest&apos; n’accepte aucun argument</translation>
    </message>
    <message>
        <source>No digest yet: run &apos;outpost-cli sync&apos;.</source>
        <translation>Pas encore de résumé&#xa0;: lancez &apos;outpost-cli sync&apos;.</translation>
    </message>
    <message>
        <source>Digest of %1, since %2</source>
        <translation>Résumé de %1, depuis le %2</translation>
    </message>
    <message>
        <source>New topics</source>
        <translation>Nouveaux sujets</translation>
    </message>
    <message>
        <source>Topics with new posts</source>
        <translation>Sujets avec de nouveaux messages</translation>
    </message>
    <message>
        <source>Top topics of the week</source>
        <translation>Sujets populaires de la semaine</translation>
    </message>
    <message>
        <source>Top topics of the month</source>
        <translation>Sujets populaires du mois</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Search the cached posts (accents and case do not matter).</source>
        <translation>Rechercher dans les messages en cache (sans tenir compte des accents ni de la casse).</translation>
    </message>
    <message>
        <source>Only in this category.</source>
        <translation>Seulement dans cette catégorie.</translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation>Au plus N résultats (20 par défaut).</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs something to look for</source>
        <translation>&apos;search&apos; a besoin de quelque chose à chercher</translation>
    </message>
    <message>
        <source>--limit needs a number above 0</source>
        <translation>--limit a besoin d’un nombre supérieur à 0</translation>
    </message>
    <message>
        <source>Nothing in the offline copy matches “%1”.</source>
        <translation>Rien dans la copie hors ligne ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 (topic %2, #%3 by %4, %5)</source>
        <extracomment>A search result&apos;s heading: %1 title, %2 topic id, %3 post number, %4 author, %5 when.</extracomment>
        <translation>%1 (sujet %2, #%3 par %4, %5)</translation>
    </message>
    <message>
        <source>Per forum: last sync, followed categories, what is cached, the outbox.</source>
        <translation>Par forum&#xa0;: dernière synchronisation, catégories suivies, contenu en cache, boîte d’envoi.</translation>
    </message>
    <message>
        <source>&apos;status&apos; takes no arguments</source>
        <translation>&apos;status&apos; n’accepte aucun argument</translation>
    </message>
    <message>
        <source>No forum yet. Add one with &apos;outpost-cli forum add URL&apos;.</source>
        <translation>Aucun forum pour l’instant. Ajoutez-en un avec &apos;outpost-cli forum add URL&apos;.</translation>
    </message>
    <message>
        <source>%1 (default) — %2</source>
        <translation>%1 (par défaut) — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (stopped early; last complete: %2)</source>
        <extracomment>After the time of the last sync, when it stopped early.</extracomment>
        <translation>%1 (interrompue&#xa0;; dernière complète&#xa0;: %2)</translation>
    </message>
    <message>
        <source>last sync:</source>
        <extracomment>Labels of &apos;outpost-cli status&apos;, aligned in a column.</extracomment>
        <translation>mise à jour&#xa0;:</translation>
    </message>
    <message>
        <source>following:</source>
        <translation>suivies&#xa0;:</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>aucune catégorie</translation>
    </message>
    <message>
        <source>offline copy:</source>
        <translation>copie locale&#xa0;:</translation>
    </message>
    <message>
        <source>%1 topics, %2 posts, %3</source>
        <translation>%1 sujets, %2 messages, %3</translation>
    </message>
    <message>
        <source>outbox:</source>
        <translation>boîte d’envoi&#xa0;:</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
</context>
<context>
    <name>outpost::cli::ReadOutput</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>POSTS</source>
        <extracomment>Column of cached/total posts, e.g. &quot;12/14&quot;.</extracomment>
        <translation>MESSAGES</translation>
    </message>
    <message>
        <source>UNREAD</source>
        <translation>NON LUS</translation>
    </message>
    <message>
        <source>ACTIVITY</source>
        <translation>ACTIVITÉ</translation>
    </message>
    <message>
        <source>%1 [closed]</source>
        <extracomment>A closed topic&apos;s title in lists.</extracomment>
        <translation>%1 [fermé]</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>A topic never opened, in the UNREAD column.</extracomment>
        <translation>nouveau</translation>
    </message>
</context>
<context>
    <name>outpost::cli::ReplyCommand</name>
    <message>
        <source>Queue a reply to a topic (sent on the next sync).</source>
        <translation>Mettre en attente une réponse à un sujet (envoyée à la prochaine synchronisation).</translation>
    </message>
    <message>
        <source>reply TOPIC_ID (--file FILE | -) [--to POST_NUMBER]</source>
        <translation>reply ID_SUJET (--file FICHIER | -) [--to NUMÉRO_MESSAGE]</translation>
    </message>
    <message>
        <source>reply NEW_TOPIC_OUTBOX_ID (--file FILE | -)</source>
        <translation>reply ID_NOUVEAU_SUJET_EN_ATTENTE (--file FICHIER | -)</translation>
    </message>
    <message>
        <source>Reply to this post of the topic.</source>
        <translation>Répondre à ce message du sujet.</translation>
    </message>
    <message>
        <source>POST_NUMBER</source>
        <translation>NUMÉRO_MESSAGE</translation>
    </message>
    <message>
        <source>reply needs a topic id, then the text</source>
        <translation>reply a besoin d’un identifiant de sujet, puis du texte</translation>
    </message>
    <message>
        <source>--to needs a post number (1, 2, ...)</source>
        <translation>--to a besoin d’un numéro de message (1, 2, ...)</translation>
    </message>
    <message>
        <source>Queued the reply to topic %1 as %2; it will be sent on the next sync.</source>
        <translation>Réponse au sujet %1 mise en attente sous %2&#xa0;; elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several outbox items; give more of the id</source>
        <translation>&apos;%1&apos; correspond à plusieurs éléments de la boîte d’envoi&#xa0;; donnez une plus grande partie de l’identifiant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a topic id nor a new topic in the outbox</source>
        <translation>&apos;%1&apos; n’est ni un identifiant de sujet ni un nouveau sujet de la boîte d’envoi</translation>
    </message>
    <message>
        <source>Queued the reply as %1; it will be sent on the next sync, after the new topic %2.</source>
        <translation>Réponse mise en attente sous %1&#xa0;; elle sera envoyée à la prochaine synchronisation, après le nouveau sujet %2.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::SyncCommands</name>
    <message>
        <source>[%1/%2 topics, %3] %4</source>
        <extracomment>The sync&apos;s progress line: %1/%2 topics done/planned, %3 bytes downloaded, %4 what it is doing.</extracomment>
        <translation>[%1/%2 sujets, %3] %4</translation>
    </message>
    <message>
        <source>Cancelling: finishing what is being saved …</source>
        <translation>Annulation&#xa0;: fin de l’enregistrement en cours…</translation>
    </message>
    <message>
        <source>Pull the followed categories and the digest into the offline copy.</source>
        <translation>Récupérer les catégories suivies et le résumé dans la copie hors ligne.</translation>
    </message>
    <message>
        <source>Also fetch one more window of older topics of this category (repeatable).</source>
        <translation>Récupérer aussi une tranche supplémentaire de sujets plus anciens de cette catégorie (répétable).</translation>
    </message>
    <message>
        <source>CATEGORY_ID</source>
        <translation>ID_CATÉGORIE</translation>
    </message>
    <message>
        <source>Also fetch this whole thread now, first (repeatable).</source>
        <translation>Récupérer aussi ce sujet en entier maintenant, en premier (répétable).</translation>
    </message>
    <message>
        <source>TOPIC_ID</source>
        <translation>ID_SUJET</translation>
    </message>
    <message>
        <source>&apos;sync&apos; takes no arguments, only options</source>
        <translation>&apos;sync&apos; n’accepte aucun argument, seulement des options</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category id</source>
        <translation>&apos;%1&apos; n’est pas un identifiant de catégorie</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a topic id</source>
        <translation>&apos;%1&apos; n’est pas un identifiant de sujet</translation>
    </message>
    <message>
        <source>Synced “%1” in %2.</source>
        <translation>Synchronisation de «&#xa0;%1&#xa0;» terminée en %2.</translation>
    </message>
    <message>
        <source>Synced part of “%1” in %2.</source>
        <translation>Synchronisation partielle de «&#xa0;%1&#xa0;» en %2.</translation>
    </message>
    <message>
        <source>topics updated:</source>
        <extracomment>Labels of the sync summary, aligned in a column.</extracomment>
        <translation>sujets mis à jour&#xa0;:</translation>
    </message>
    <message>
        <source>posts:</source>
        <translation>messages&#xa0;:</translation>
    </message>
    <message>
        <source>%1 new, %2 edited, %3 deleted</source>
        <translation>nouveaux&#xa0;: %1, modifiés&#xa0;: %2, supprimés&#xa0;: %3</translation>
    </message>
    <message>
        <source>requests:</source>
        <translation>requêtes&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2 down, %3 up)</source>
        <translation>%1 (réception %2, envoi %3)</translation>
    </message>
    <message>
        <source>Problems (the next sync tries again):</source>
        <translation>Problèmes (la prochaine synchronisation réessaiera)&#xa0;:</translation>
    </message>
    <message>
        <source>You follow no category of this forum yet, so only its categories and the digest were synced. &apos;outpost-cli categories&apos; lists them; &apos;outpost-cli follow ID&apos; picks the ones to keep offline.</source>
        <translation>Vous ne suivez encore aucune catégorie de ce forum, seuls le résumé et ses catégories ont donc été synchronisés. &apos;outpost-cli categories&apos; les liste&#xa0;; &apos;outpost-cli follow ID&apos; choisit celles à garder hors ligne.</translation>
    </message>
</context>
<context>
    <name>outpost::discourse</name>
    <message>
        <source>The forum asked Outpost to slow down. Try again in a little while.</source>
        <translation>Le forum a demandé à Outpost de ralentir. Réessayez dans un moment.</translation>
    </message>
    <message>
        <source>The forum limits what new members can post: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>Le forum limite ce que les nouveaux membres peuvent publier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The forum is in read-only mode, usually for maintenance or a backup. Try again later.</source>
        <translation>Le forum est en mode lecture seule, généralement pour une maintenance ou une sauvegarde. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The forum refused your sign-in key; sign in again.</source>
        <translation>Le forum a refusé votre clé de connexion&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The forum did not allow this: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>Le forum n’a pas permis cette action&#xa0;: %1</translation>
    </message>
    <message>
        <source>The forum did not accept this because the topic has been closed or deleted.</source>
        <translation>Le forum n’a pas accepté ceci, car le sujet a été fermé ou supprimé.</translation>
    </message>
    <message>
        <source>The forum could not find this. It may have been deleted or made private.</source>
        <translation>Le forum ne trouve pas cet élément. Il a peut-être été supprimé ou rendu privé.</translation>
    </message>
    <message>
        <source>The forum ran into an internal error (HTTP %1). Try again later; if it keeps happening, tell the forum&apos;s administrators.</source>
        <extracomment>%1 is an HTTP status code, e.g. 502</extracomment>
        <translation>Le forum a rencontré une erreur interne (HTTP %1). Réessayez plus tard&#xa0;; si cela se reproduit, prévenez les administrateurs du forum.</translation>
    </message>
    <message>
        <source>The forum&apos;s server is not answering properly right now (HTTP %1). Try again later.</source>
        <extracomment>%1 is an HTTP status code, e.g. 502</extracomment>
        <translation>Le serveur du forum ne répond pas correctement en ce moment (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The forum refused this because it is too short: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>Le forum a refusé ceci, car c’est trop court&#xa0;: %1</translation>
    </message>
    <message>
        <source>The forum refused this as a repeat of something you posted a few minutes ago: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>Le forum a refusé ceci, car c’est la répétition de ce que vous avez publié il y a quelques minutes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The forum asked you to wait: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>Le forum vous demande de patienter&#xa0;: %1</translation>
    </message>
    <message>
        <source>The forum did not accept this: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>Le forum n’a pas accepté ceci&#xa0;: %1</translation>
    </message>
    <message>
        <source>The forum refused the request (HTTP %1).</source>
        <extracomment>%1 is an HTTP status code, e.g. 502</extracomment>
        <translation>Le forum a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The forum sent an empty answer. Try again later.</source>
        <translation>Le forum a envoyé une réponse vide. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>A web page answered instead of the forum. If you are on a hotel or public network, open a browser to sign in to the network, then try again.</source>
        <translation>Une page web a répondu à la place du forum. Si vous êtes sur le réseau d’un hôtel ou sur un réseau public, ouvrez un navigateur pour vous connecter au réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The forum&apos;s answer was cut off, probably by a dropped connection. Try again.</source>
        <translation>La réponse du forum a été coupée, probablement par une perte de connexion. Réessayez.</translation>
    </message>
    <message>
        <source>The forum sent an answer Outpost cannot read. The forum may run a version Outpost does not support yet.</source>
        <translation>Le forum a envoyé une réponse qu’Outpost ne sait pas lire. Le forum utilise peut-être une version qu’Outpost ne prend pas encore en charge.</translation>
    </message>
    <message>
        <source>[Image: %1, %2×%3]</source>
        <extracomment>Placeholder for an image of a post; %1 is its description, %2×%3 its size in pixels</extracomment>
        <translation>[Image&#xa0;: %1, %2×%3]</translation>
    </message>
    <message>
        <source>[Image: %1]</source>
        <extracomment>Placeholder for an image of a post; %1 is its description</extracomment>
        <translation>[Image&#xa0;: %1]</translation>
    </message>
    <message>
        <source>[Image, %1×%2]</source>
        <extracomment>Placeholder for an image of a post without description; %1×%2 is its size in pixels</extracomment>
        <translation>[Image, %1×%2]</translation>
    </message>
    <message>
        <source>[Image]</source>
        <extracomment>Placeholder for an image of a post without description or size</extracomment>
        <translation>[Image]</translation>
    </message>
    <message>
        <source>Quote:</source>
        <extracomment>Above quoted text whose author is unknown</extracomment>
        <translation>Citation&#xa0;:</translation>
    </message>
    <message>
        <source>%1 said:</source>
        <extracomment>Above quoted text; %1 is the username of the person quoted</extracomment>
        <translation>%1 a écrit&#xa0;:</translation>
    </message>
    <message>
        <source>This post is too long to show in full here.</source>
        <translation>Ce message est trop long pour être affiché en entier ici.</translation>
    </message>
    <message numerus="yes">
        <source>Table shortened: %n more row(s) not shown.</source>
        <translation>
            <numerusform>Tableau raccourci&#xa0;: %n ligne de plus non affichée.</numerusform>
            <numerusform>Tableau raccourci&#xa0;: %n lignes de plus non affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::forums</name>
    <message>
        <source>Type the address of the forum, for example community.dhis2.org.</source>
        <translation>Saisissez l’adresse du forum, par exemple community.dhis2.org.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Type it as it appears in your browser, for example community.dhis2.org.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web. Saisissez-la telle qu’elle apparaît dans votre navigateur, par exemple community.dhis2.org.</translation>
    </message>
    <message>
        <source>Outpost opens forums over https (or http). “%1” is neither.</source>
        <translation>Outpost ouvre les forums en https (ou http). «&#xa0;%1&#xa0;» n’est ni l’un ni l’autre.</translation>
    </message>
    <message>
        <source>Leave the name and password out of the address; public forums need neither.</source>
        <translation>N’incluez ni nom d’utilisateur ni mot de passe dans l’adresse&#xa0;; les forums publics n’en ont pas besoin.</translation>
    </message>
    <message>
        <source>Outpost could not reach the forum. Check the address and your connection, then try again.</source>
        <translation>Outpost n’a pas pu joindre le forum. Vérifiez l’adresse et votre connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>This forum shows its categories only to members who are signed in. Outpost cannot sign in yet, so it cannot follow this forum.</source>
        <translation>Ce forum ne montre ses catégories qu’aux membres connectés. Outpost ne sait pas encore se connecter, il ne peut donc pas suivre ce forum.</translation>
    </message>
    <message>
        <source>There is no Discourse forum at this address. Check it against the one in your browser.</source>
        <translation>Il n’y a pas de forum Discourse à cette adresse. Comparez-la avec celle affichée dans votre navigateur.</translation>
    </message>
    <message>
        <source>This address answered, but not as a Discourse forum does. Check that it is the forum&apos;s own address.</source>
        <translation>Cette adresse a répondu, mais pas comme le fait un forum Discourse. Vérifiez qu’il s’agit bien de l’adresse du forum lui-même.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::AboutDialog</name>
    <message>
        <source>Made by</source>
        <translation>Réalisé par</translation>
    </message>
    <message>
        <source>Translated by</source>
        <translation>Traduit par</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A language and the people who translated Outpost into it</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>These languages wait for their first credited translator: %1. translations/TRANSLATING.md says how to help.</source>
        <translation>Ces langues attendent leur premier traducteur crédité&#xa0;: %1. translations/TRANSLATING.md explique comment aider.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Conçu avec</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A library Outpost uses, and its licence</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About Outpost</source>
        <translation>À propos d’Outpost</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Read, search and follow Discourse forums, also offline: made for slow, costly and intermittent connections.</source>
        <translation>Lire, rechercher et suivre des forums Discourse, y compris hors ligne&#xa0;: conçu pour les connexions lentes, coûteuses et intermittentes.</translation>
    </message>
    <message>
        <source>Outpost is free software under the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty.</source>
        <extracomment>%1 is the licence&apos;s SPDX name (GPL-3.0-or-later)</extracomment>
        <translation>Outpost est un logiciel libre distribué sous la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure (%1). Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Credits</source>
        <translation>&amp;Crédits</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
</context>
<context>
    <name>outpost::gui::AccountController</name>
    <message>
        <source>Looking for your sign-in…</source>
        <translation>Recherche de votre connexion…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signed in (for this run only)</source>
        <translation>Connecté (pour cette session uniquement)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Signed in as %1 (for this run only)</source>
        <extracomment>%1 is the person&apos;s username on the forum</extracomment>
        <translation>Connecté en tant que %1 (pour cette session uniquement)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>You are signed in as %1.</source>
        <translation>Vous êtes connecté en tant que %1.</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>Vous êtes hors ligne.</translation>
    </message>
    <message>
        <source>You are signed out on this computer, but the forum could not be told to revoke the key (%1). Revoke it in your preferences on the forum, under Apps, when you are online.</source>
        <translation>Vous êtes déconnecté sur cet ordinateur, mais le forum n’a pas pu être informé qu’il doit révoquer la clé (%1). Révoquez-la dans vos préférences sur le forum, sous «&#xa0;Applications&#xa0;», quand vous serez en ligne.</translation>
    </message>
    <message>
        <source>You are signed out of %1. Your drafts and outbox are kept.</source>
        <extracomment>%1 is the forum&apos;s name</extracomment>
        <translation>Vous êtes déconnecté de %1. Vos brouillons et votre boîte d’envoi sont conservés.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::AccountStatus</name>
    <message>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Public forums work without signing in. To post, like and see your watched categories, sign in.</source>
        <translation>Les forums publics fonctionnent sans connexion. Pour publier, aimer des messages et voir les catégories que vous surveillez, connectez-vous.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::AppCommandLine</name>
    <message>
        <source>Outpost: read, search and follow a Discourse forum, also offline.</source>
        <translation>Outpost&#xa0;: lire un forum Discourse, y rechercher et le suivre, même hors ligne.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Where the cache and settings live (default: $OUTPOST_PROFILE, else the platform&apos;s application data folder).</source>
        <translation>Emplacement du cache et des paramètres (par défaut&#xa0;: $OUTPOST_PROFILE, sinon le dossier de données d’application de la plateforme).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Show the main window for about a second and quit (for packaging checks).</source>
        <translation>Afficher la fenêtre principale pendant environ une seconde, puis quitter (pour les vérifications d’empaquetage).</translation>
    </message>
    <message>
        <source>Add this forum (or open it, if it is already added) and skip the first-start questions.</source>
        <translation>Ajouter ce forum (ou l’ouvrir s’il est déjà ajouté) et passer les questions du premier démarrage.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --add-forum: follow these categories, by id.</source>
        <translation>Avec --add-forum&#xa0;: suivre ces catégories, par identifiant.</translation>
    </message>
    <message>
        <source>ID,ID…</source>
        <translation>ID,ID…</translation>
    </message>
    <message>
        <source>outpost: %1</source>
        <translation>outpost&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try &apos;outpost --help&apos; for more information.</source>
        <translation>Pour en savoir plus, essayez &apos;outpost --help&apos;.</translation>
    </message>
    <message>
        <source>outpost: unexpected argument &apos;%1&apos;</source>
        <translation>outpost&#xa0;: argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>outpost: --follow needs --add-forum URL</source>
        <translation>outpost&#xa0;: --follow nécessite --add-forum URL</translation>
    </message>
    <message>
        <source>outpost: &apos;%1&apos; is not a category id (a positive number)</source>
        <translation>outpost&#xa0;: &apos;%1&apos; n’est pas un identifiant de catégorie (un nombre positif)</translation>
    </message>
    <message>
        <source>Show Outpost in this language for this run (fr, es, pt, ar, en, or pseudo to test translations); default: $OUTPOST_LANG, else the language chosen in the settings, else the system&apos;s.</source>
        <translation>Afficher Outpost dans cette langue pour cette exécution (fr, es, pt, ar, en, ou pseudo pour tester les traductions)&#xa0;; par défaut&#xa0;: $OUTPOST_LANG, sinon la langue choisie dans les paramètres, sinon celle du système.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>outpost: --lang needs a language code such as fr or ar</source>
        <translation>outpost&#xa0;: --lang nécessite un code de langue, par exemple fr ou ar</translation>
    </message>
</context>
<context>
    <name>outpost::gui::CategoriesPage</name>
    <message>
        <source>Which categories do you follow?</source>
        <translation>Quelles catégories suivez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Outpost downloads the topics of the categories you follow. You can change this any time with the stars in the sidebar.</source>
        <translation>Outpost télécharge les sujets des catégories que vous suivez. Vous pouvez changer cela à tout moment avec les étoiles de la barre latérale.</translation>
    </message>
    <message>
        <source>Categories to follow</source>
        <translation>Catégories à suivre</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Select None</source>
        <translation>Tout désélectionner</translation>
    </message>
</context>
<context>
    <name>outpost::gui::CategoryChoiceModel</name>
    <message numerus="yes">
        <source>%1 (%n topic(s))</source>
        <extracomment>A category to choose on first start: %1 its name, then its number of topics</extracomment>
        <translation>
            <numerusform>%1 (%n sujet)</numerusform>
            <numerusform>%1 (%n sujets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n topic(s)</source>
        <translation>
            <numerusform>%1, %n sujet</numerusform>
            <numerusform>%1, %n sujets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::CategoryTreeModel</name>
    <message>
        <source>%1, followed</source>
        <extracomment>Spoken description of a category in the sidebar; %1 is its name, then counts</extracomment>
        <translation>%1, suivie</translation>
    </message>
    <message>
        <source>%1, not followed</source>
        <translation>%1, non suivie</translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s)</source>
        <translation>
            <numerusform>%n nouveau sujet</numerusform>
            <numerusform>%n nouveaux sujets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread topic(s)</source>
        <translation>
            <numerusform>%n sujet non lu</numerusform>
            <numerusform>%n sujets non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>What’s new</source>
        <extracomment>Sidebar entry: the digest of what changed since the last visit</extracomment>
        <translation>Nouveautés</translation>
    </message>
    <message>
        <source>Followed topics</source>
        <extracomment>Sidebar entry: the topics of every followed category together</extracomment>
        <translation>Sujets suivis</translation>
    </message>
    <message>
        <source>New topics since your last visit, and the week’s and month’s top topics</source>
        <translation>Les nouveaux sujets depuis votre dernière visite, et les sujets populaires de la semaine et du mois</translation>
    </message>
    <message>
        <source>The newest topics of every category you follow</source>
        <translation>Les sujets les plus récents de toutes les catégories que vous suivez</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) downloaded</source>
        <translation>
            <numerusform>%n sujet téléchargé</numerusform>
            <numerusform>%n sujets téléchargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) with unread posts</source>
        <translation>
            <numerusform>%n sujet avec des messages non lus</numerusform>
            <numerusform>%n sujets avec des messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisée</translation>
    </message>
</context>
<context>
    <name>outpost::gui::CategoryTreeView</name>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Stop following this category</source>
        <translation>Ne plus suivre cette catégorie</translation>
    </message>
    <message>
        <source>Follow this category</source>
        <translation>Suivre cette catégorie</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ComposeController</name>
    <message>
        <source>Add a forum first.</source>
        <translation>Ajoutez d’abord un forum.</translation>
    </message>
    <message>
        <source>You can only edit your own posts.</source>
        <translation>Vous ne pouvez modifier que vos propres messages.</translation>
    </message>
    <message>
        <source>The post’s original Markdown is not downloaded, so the edit starts from its text: check links and formatting before sending.</source>
        <translation>Le Markdown d’origine du message n’est pas téléchargé&#xa0;: la modification part donc de son texte. Vérifiez les liens et la mise en forme avant d’envoyer.</translation>
    </message>
    <message>
        <source>That draft is gone: it was sent or deleted.</source>
        <translation>Ce brouillon n’existe plus&#xa0;: il a été envoyé ou supprimé.</translation>
    </message>
    <message>
        <source>You already like this post.</source>
        <translation>Vous avez déjà mis un «&#xa0;J’aime&#xa0;» à ce message.</translation>
    </message>
    <message>
        <source>You cannot like your own post.</source>
        <translation>Vous ne pouvez pas mettre un «&#xa0;J’aime&#xa0;» à votre propre message.</translation>
    </message>
    <message>
        <source>Your like of this post is already in the outbox.</source>
        <translation>Votre «&#xa0;J’aime&#xa0;» pour ce message est déjà dans la boîte d’envoi.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ComposerWindow</name>
    <message>
        <source>Your words are saved as a draft as you type.</source>
        <translation>Votre texte est enregistré comme brouillon au fil de la frappe.</translation>
    </message>
    <message>
        <source>%1 — Outpost</source>
        <translation>%1 — Outpost</translation>
    </message>
    <message>
        <source>You are editing version %1 of your post. If someone changes it on the forum before your edit goes out, Outpost shows you both texts and lets you choose.</source>
        <translation>Vous modifiez la version %1 de votre message. Si quelqu’un le modifie sur le forum avant l’envoi de votre modification, Outpost vous montre les deux textes et vous laisse choisir.</translation>
    </message>
    <message>
        <source>If someone changes your post on the forum before your edit goes out, Outpost shows you both texts and lets you choose.</source>
        <translation>Si quelqu’un modifie votre message sur le forum avant l’envoi de votre modification, Outpost vous montre les deux textes et vous laisse choisir.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What is the topic about, in a sentence?</source>
        <translation>De quoi parle le sujet, en une phrase&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Your post, in Markdown</source>
        <extracomment>Accessible name of the composer&apos;s text field</extracomment>
        <translation>Votre message, en Markdown</translation>
    </message>
    <message>
        <source>Write in Markdown: **bold**, *italic*, `code`, &gt; quote, - list, @name to mention someone.</source>
        <translation>Écrivez en Markdown&#xa0;: **gras**, *italique*, `code`, &gt; citation, - liste, @nom pour mentionner quelqu’un.</translation>
    </message>
    <message>
        <source>Preview: how the forum will show it</source>
        <translation>Aperçu&#xa0;: ce que le forum affichera</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview of your post</source>
        <extracomment>Accessible name of the composer&apos;s preview of the post</extracomment>
        <translation>Aperçu de votre message</translation>
    </message>
    <message>
        <source>Hide &amp;Preview</source>
        <translation>Masquer l’a&amp;perçu</translation>
    </message>
    <message>
        <source>Show or hide the preview (Ctrl+Shift+P)</source>
        <translation>Afficher ou masquer l’aperçu (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Delete Draft…</source>
        <translation>&amp;Supprimer le brouillon…</translation>
    </message>
    <message>
        <source>Throw these words away</source>
        <translation>Jeter ce que vous avez écrit</translation>
    </message>
    <message>
        <source>Keep as Draft &amp;&amp; C&amp;lose</source>
        <translation>Garder en brouillon et &amp;fermer</translation>
    </message>
    <message>
        <source>Close the window; the draft stays in Drafts (Esc)</source>
        <translation>Fermer la fenêtre&#xa0;; le brouillon reste dans Brouillons (Esc)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Put it in the outbox; it goes to the forum as soon as the link allows (Ctrl+Enter)</source>
        <translation>Placer le message dans la boîte d’envoi&#xa0;; il part sur le forum dès que la connexion le permet (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Show or hide the preview</source>
        <translation>Afficher ou masquer l’aperçu</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Keep as draft and close</source>
        <translation>Garder en brouillon et fermer</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>Afficher l’a&amp;perçu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Show or Hide Preview</source>
        <translation>Afficher ou masquer l’aperçu</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <extracomment>The first entry of the composer&apos;s category chooser</extracomment>
        <translation>Choisissez une catégorie…</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <extracomment>A subcategory in the category chooser; %1 the parent&apos;s name, %2 its own</extracomment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <extracomment>The composer&apos;s status line; %1 is a time of day</extracomment>
        <translation>Brouillon enregistré à %1.</translation>
    </message>
    <message>
        <source>You are offline. Send puts your post in the outbox; it goes out when the connection returns.</source>
        <translation>Vous êtes hors ligne. «&#xa0;Envoyer&#xa0;» place votre message dans la boîte d’envoi&#xa0;; il partira au retour de la connexion.</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete this draft? Its words cannot be brought back.</source>
        <translation>Supprimer ce brouillon&#xa0;? Son texte ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>Draft Not Saved</source>
        <translation>Brouillon non enregistré</translation>
    </message>
    <message>
        <source>Your draft could not be saved, so closing this window would lose what you wrote. Close it anyway?</source>
        <translation>Votre brouillon n’a pas pu être enregistré&#xa0;: fermer cette fenêtre ferait perdre ce que vous avez écrit. La fermer quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DigestModel</name>
    <message>
        <source>New topics</source>
        <extracomment>Digest section: topics created since the previous sync</extracomment>
        <translation>Nouveaux sujets</translation>
    </message>
    <message>
        <source>New replies</source>
        <extracomment>Digest section: older topics that got new posts since the previous sync</extracomment>
        <translation>Nouvelles réponses</translation>
    </message>
    <message>
        <source>Top this week</source>
        <translation>Populaires cette semaine</translation>
    </message>
    <message>
        <source>Top this month</source>
        <translation>Populaires ce mois-ci</translation>
    </message>
    <message>
        <source>%1, new</source>
        <translation>%1, nouveau</translation>
    </message>
    <message>
        <source>%1
Last activity: %2</source>
        <translation>%1
Dernière activité&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DigestView</name>
    <message>
        <source>What’s new</source>
        <translation>Nouveautés</translation>
    </message>
    <message>
        <source>The digest is made at each sync: what is new since the sync before, and the week’s and month’s top topics. Sync to make the first one.</source>
        <translation>Le résumé est créé à chaque synchronisation&#xa0;: ce qui est nouveau depuis la synchronisation précédente, et les sujets populaires de la semaine et du mois. Synchronisez pour créer le premier.</translation>
    </message>
    <message>
        <source>Since %1. Made %2; readable offline.</source>
        <translation>Depuis le %1. Créé %2&#xa0;; consultable hors ligne.</translation>
    </message>
    <message>
        <source>Made %1; readable offline.</source>
        <translation>Créé %1&#xa0;; consultable hors ligne.</translation>
    </message>
    <message>
        <source>Nothing new since the sync before.</source>
        <translation>Rien de nouveau depuis la synchronisation précédente.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DraftController</name>
    <message>
        <source>Write something first: there is nothing to send.</source>
        <translation>Écrivez d’abord quelque chose&#xa0;: il n’y a rien à envoyer.</translation>
    </message>
    <message>
        <source>A new topic needs a title.</source>
        <translation>Un nouveau sujet doit avoir un titre.</translation>
    </message>
    <message>
        <source>Choose the category the topic belongs in.</source>
        <translation>Choisissez la catégorie du sujet.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DraftListModel</name>
    <message>
        <source>%1 (empty)</source>
        <extracomment>A draft in the drafts list; %1 is what it is (&quot;Reply to “Title”&quot;)</extracomment>
        <translation>%1 (vide)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A draft in the drafts list; %1 is what it is (&quot;Reply to “Title”&quot;), %2 its first words</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DraftsView</name>
    <message>
        <source>No drafts. What you start writing is kept here until you send it.</source>
        <translation>Aucun brouillon. Ce que vous commencez à écrire est conservé ici jusqu’à ce que vous l’envoyiez.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>Ouvrir le brouillon</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete this draft? Its words cannot be brought back.</source>
        <translation>Supprimer ce brouillon&#xa0;? Son texte ne pourra pas être récupéré.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::FirstRunWizard</name>
    <message>
        <source>Welcome to Outpost</source>
        <translation>Bienvenue dans Outpost</translation>
    </message>
    <message>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ForumMenu</name>
    <message>
        <source>Fo&amp;rum</source>
        <translation>Fo&amp;rum</translation>
    </message>
    <message>
        <source>&amp;Add a Forum…</source>
        <translation>&amp;Ajouter un forum…</translation>
    </message>
    <message>
        <source>Add another Discourse forum to read offline</source>
        <translation>Ajouter un autre forum Discourse à lire hors ligne</translation>
    </message>
    <message>
        <source>Re&amp;name Forum…</source>
        <translation>Re&amp;nommer le forum…</translation>
    </message>
    <message>
        <source>Give the open forum another name in Outpost</source>
        <translation>Donner un autre nom au forum ouvert dans Outpost</translation>
    </message>
    <message>
        <source>Re&amp;move Forum…</source>
        <translation>&amp;Retirer le forum…</translation>
    </message>
    <message>
        <source>Remove the open forum and its offline copy from this computer</source>
        <translation>Retirer de cet ordinateur le forum ouvert et sa copie hors ligne</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign in to the open forum with your account, to post and like</source>
        <translation>Se connecter au forum ouvert avec votre compte, pour publier et aimer des messages</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Revoke Outpost&apos;s key on the forum and forget it here; drafts and the outbox stay</source>
        <translation>Révoquer la clé d’Outpost sur le forum et l’oublier ici&#xa0;; les brouillons et la boîte d’envoi sont conservés</translation>
    </message>
    <message>
        <source>&amp;About Outpost</source>
        <translation>À &amp;propos d’Outpost</translation>
    </message>
    <message>
        <source>Version, licence and the people who made Outpost</source>
        <translation>Version, licence et personnes qui ont réalisé Outpost</translation>
    </message>
    <message>
        <source>&amp;Sign In Again…</source>
        <translation>Se re&amp;connecter…</translation>
    </message>
    <message>
        <source>Rename Forum</source>
        <translation>Renommer le forum</translation>
    </message>
    <message>
        <source>Name of %1 in Outpost:</source>
        <extracomment>%1 is the forum&apos;s address</extracomment>
        <translation>Nom de %1 dans Outpost&#xa0;:</translation>
    </message>
    <message>
        <source>Remove Forum</source>
        <translation>Retirer le forum</translation>
    </message>
    <message numerus="yes">
        <source>“%1” still has %n draft(s) or unsent post(s) in the outbox. Send or delete them before removing the forum.</source>
        <extracomment>%1 is the forum&apos;s name</extracomment>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a encore %n brouillon ou message non envoyé dans la boîte d’envoi. Envoyez-le ou supprimez-le avant de retirer le forum.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a encore %n brouillons ou messages non envoyés dans la boîte d’envoi. Envoyez-les ou supprimez-les avant de retirer le forum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” from Outpost?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» d’Outpost&#xa0;?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>The forum is syncing. Cancel the sync or let it finish, then remove the forum.</source>
        <translation>Le forum est en cours de synchronisation. Annulez la synchronisation ou attendez qu’elle se termine, puis retirez le forum.</translation>
    </message>
    <message>
        <source>“%1” is removed, with its offline copy.</source>
        <extracomment>%1 is the forum&apos;s name</extracomment>
        <translation>«&#xa0;%1&#xa0;» est retiré, ainsi que sa copie hors ligne.</translation>
    </message>
    <message>
        <source>Its offline copy on this computer is deleted. If you are signed in, Outpost first revokes its key on the forum and forgets your sign-in; nothing else changes on the forum.</source>
        <translation>Sa copie hors ligne sur cet ordinateur est supprimée. Si vous êtes connecté, Outpost révoque d’abord sa clé sur le forum et oublie votre connexion ; rien d’autre ne change sur le forum.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ForumPage</name>
    <message>
        <source>Which forum do you want to read?</source>
        <translation>Quel forum voulez-vous lire&#xa0;?</translation>
    </message>
    <message>
        <source>Outpost keeps a copy of a Discourse forum on this computer, so you can read and search it without a connection. Public forums need no account.</source>
        <translation>Outpost garde une copie d’un forum Discourse sur cet ordinateur, pour que vous puissiez le lire et y faire des recherches sans connexion. Les forums publics ne nécessitent pas de compte.</translation>
    </message>
    <message>
        <source>DHIS2 Community of Practice (%1)</source>
        <extracomment>The forum offered first; %1 is its address</extracomment>
        <translation>DHIS2 Community of Practice (%1)</translation>
    </message>
    <message>
        <source>Another Discourse forum:</source>
        <translation>Un autre forum Discourse&#xa0;:</translation>
    </message>
    <message>
        <source>forum.example.org</source>
        <translation>forum.example.org</translation>
    </message>
    <message>
        <source>Address of the forum</source>
        <translation>Adresse du forum</translation>
    </message>
    <message>
        <source>Looking at the forum</source>
        <translation>Vérification du forum</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>You seem to be offline. Outpost needs a connection once, to fetch the forum’s categories. Connect, then click Next.</source>
        <translation>Vous semblez être hors ligne. Outpost a besoin d’une connexion une première fois, pour récupérer les catégories du forum. Connectez-vous, puis cliquez sur Suivant.</translation>
    </message>
    <message>
        <source>Looking at %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Found “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» trouvé.</translation>
    </message>
    <message>
        <source>Click Next to try again.</source>
        <translation>Cliquez sur Suivant pour réessayer.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ImageController</name>
    <message>
        <source>The downloaded picture is damaged.</source>
        <translation>L’image téléchargée est endommagée.</translation>
    </message>
    <message>
        <source>You are offline: the picture will download when you click it again online.</source>
        <translation>Vous êtes hors ligne&#xa0;: l’image se téléchargera si vous cliquez à nouveau dessus une fois la connexion rétablie.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Not downloaded: %1 Click to try again.</source>
        <translation>Non téléchargée&#xa0;: %1 Cliquez pour réessayer.</translation>
    </message>
    <message>
        <source>Not downloaded. Click to download it when you are online.</source>
        <translation>Non téléchargée. Cliquez pour la télécharger quand vous serez en ligne.</translation>
    </message>
    <message>
        <source>Not downloaded (%1). Click to download it when you are online.</source>
        <translation>Non téléchargée (%1). Cliquez pour la télécharger quand vous serez en ligne.</translation>
    </message>
    <message>
        <source>Not downloaded on a metered connection. Click to download.</source>
        <translation>Non téléchargée sur une connexion limitée. Cliquez pour la télécharger.</translation>
    </message>
    <message>
        <source>Not downloaded on a metered connection. Click to download (%1).</source>
        <translation>Non téléchargée sur une connexion limitée. Cliquez pour la télécharger (%1).</translation>
    </message>
    <message>
        <source>Click to download the picture.</source>
        <translation>Cliquez pour télécharger l’image.</translation>
    </message>
    <message>
        <source>Click to download the picture (%1).</source>
        <translation>Cliquez pour télécharger l’image (%1).</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>%1, %2×%3</source>
        <extracomment>A picture&apos;s description and its size in pixels, e.g. &quot;Screenshot, 1366×768&quot;</extracomment>
        <translation>%1, %2×%3</translation>
    </message>
</context>
<context>
    <name>outpost::gui::LinkConfirmDialog</name>
    <message>
        <source>Open Link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>This link opens your e-mail program to write to:</source>
        <translation>Ce lien ouvre votre messagerie pour écrire à&#xa0;:</translation>
    </message>
    <message>
        <source>This link leaves Outpost and opens in your web browser:</source>
        <translation>Ce lien quitte Outpost et s’ouvre dans votre navigateur web&#xa0;:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Do not ask again for links to %1</source>
        <translation>Ne plus demander pour les liens vers %1</translation>
    </message>
    <message>
        <source>Write E-mail</source>
        <translation>Écrire un e-mail</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiée</translation>
    </message>
</context>
<context>
    <name>outpost::gui::MainActions</name>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Download what changed on the forum since the last sync</source>
        <translation>Télécharger ce qui a changé sur le forum depuis la dernière synchronisation</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>&amp;Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Stop the sync; what arrived stays</source>
        <translation>Arrêter la synchronisation&#xa0;; ce qui est déjà arrivé est conservé</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>What Outpost downloads, and when</source>
        <translation>Ce qu’Outpost télécharge, et quand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Outpost</source>
        <translation>Fermer Outpost</translation>
    </message>
    <message>
        <source>&amp;What’s New</source>
        <translation>&amp;Nouveautés</translation>
    </message>
    <message>
        <source>New topics and replies since the last sync, and the top topics</source>
        <translation>Nouveaux sujets et nouvelles réponses depuis la dernière synchronisation, et les sujets populaires</translation>
    </message>
    <message>
        <source>&amp;Followed Topics</source>
        <translation>Sujets &amp;suivis</translation>
    </message>
    <message>
        <source>The newest topics of every category you follow</source>
        <translation>Les sujets les plus récents de toutes les catégories que vous suivez</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search everything downloaded</source>
        <translation>Rechercher dans tout ce qui a été téléchargé</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Volet suivant</translation>
    </message>
    <message>
        <source>Move between the sidebar, the topic list and the topic</source>
        <translation>Passer de la barre latérale à la liste des sujets, puis au sujet</translation>
    </message>
    <message>
        <source>F&amp;ollow or Stop Following Category</source>
        <translation>Suivre ou ne plus suivre la &amp;catégorie</translation>
    </message>
    <message>
        <source>Follow the chosen category, or stop following it</source>
        <translation>Suivre la catégorie choisie, ou ne plus la suivre</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Go back to where you were</source>
        <translation>Revenir là où vous étiez</translation>
    </message>
    <message>
        <source>Next &amp;Topic</source>
        <translation>Sujet &amp;suivant</translation>
    </message>
    <message>
        <source>Open the next topic of the list</source>
        <translation>Ouvrir le sujet suivant de la liste</translation>
    </message>
    <message>
        <source>Pre&amp;vious Topic</source>
        <translation>Sujet &amp;précédent</translation>
    </message>
    <message>
        <source>Open the previous topic of the list</source>
        <translation>Ouvrir le sujet précédent de la liste</translation>
    </message>
    <message>
        <source>&amp;Next Post</source>
        <translation>&amp;Message suivant</translation>
    </message>
    <message>
        <source>Go to the next post of the topic</source>
        <translation>Aller au message suivant du sujet</translation>
    </message>
    <message>
        <source>&amp;Previous Post</source>
        <translation>Message pré&amp;cédent</translation>
    </message>
    <message>
        <source>Go to the previous post of the topic</source>
        <translation>Aller au message précédent du sujet</translation>
    </message>
    <message>
        <source>&amp;Download Whole Topic</source>
        <translation>&amp;Télécharger tout le sujet</translation>
    </message>
    <message>
        <source>Download the posts of this topic that are not here yet</source>
        <translation>Télécharger les messages de ce sujet qui ne sont pas encore là</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key Outpost knows</source>
        <translation>Toutes les touches que connaît Outpost</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;New Topic…</source>
        <translation>&amp;Nouveau sujet…</translation>
    </message>
    <message>
        <source>Start a topic in a category; it is sent from the outbox</source>
        <translation>Créer un sujet dans une catégorie&#xa0;; il est envoyé depuis la boîte d’envoi</translation>
    </message>
    <message>
        <source>&amp;Reply to Topic…</source>
        <translation>&amp;Répondre au sujet…</translation>
    </message>
    <message>
        <source>Write a reply to the open topic, with or without a connection</source>
        <translation>Écrire une réponse au sujet ouvert, avec ou sans connexion</translation>
    </message>
    <message>
        <source>Reply to &amp;Post…</source>
        <translation>Répondre au messa&amp;ge…</translation>
    </message>
    <message>
        <source>Write a reply to the current post of the topic</source>
        <translation>Écrire une réponse au message actuel du sujet</translation>
    </message>
    <message>
        <source>&amp;Quote Post…</source>
        <translation>&amp;Citer le message…</translation>
    </message>
    <message>
        <source>Reply quoting the words you selected in a post (or the whole post)</source>
        <translation>Répondre en citant les mots sélectionnés dans un message (ou tout le message)</translation>
    </message>
    <message>
        <source>&amp;Edit Your Post…</source>
        <translation>&amp;Modifier votre message…</translation>
    </message>
    <message>
        <source>Change the current post, if it is yours</source>
        <translation>Modifier le message actuel, s’il est de vous</translation>
    </message>
    <message>
        <source>&amp;Like Post</source>
        <translation>&amp;Aimer le message</translation>
    </message>
    <message>
        <source>Like the current post; the like is sent from the outbox</source>
        <translation>Mettre un «&#xa0;J’aime&#xa0;» au message actuel&#xa0;; il est envoyé depuis la boîte d’envoi</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>Boîte d’en&amp;voi</translation>
    </message>
    <message>
        <source>What waits to be sent, what was sent, and what needs your attention</source>
        <translation>Ce qui attend d’être envoyé, ce qui a été envoyé et ce qui demande votre attention</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Brouillons</translation>
    </message>
    <message>
        <source>What you started writing and did not send yet</source>
        <translation>Ce que vous avez commencé à écrire et pas encore envoyé</translation>
    </message>
    <message>
        <source>&amp;Send Outbox Now</source>
        <translation>&amp;Envoyer la boîte d’envoi maintenant</translation>
    </message>
    <message>
        <source>Send what waits in the outbox now, without a whole sync</source>
        <translation>Envoyer maintenant ce qui attend dans la boîte d’envoi, sans synchronisation complète</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <extracomment>The menu of writing commands (new topic, reply, outbox, drafts)</extracomment>
        <translation>É&amp;crire</translation>
    </message>
</context>
<context>
    <name>outpost::gui::MainWindow</name>
    <message>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Search downloaded posts (Ctrl+F)</source>
        <translation>Rechercher dans les messages téléchargés (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Outpost keeps a forum on this computer so you can read it offline. Add the forum you want to follow.</source>
        <translation>Outpost garde une copie d’un forum sur cet ordinateur pour que vous puissiez le lire hors ligne. Ajoutez le forum que vous voulez suivre.</translation>
    </message>
    <message>
        <source>Add a Forum…</source>
        <translation>Ajouter un forum…</translation>
    </message>
    <message>
        <source>%1 — Outpost</source>
        <translation>%1 — Outpost</translation>
    </message>
    <message numerus="yes">
        <source>The sync finished, but %n thing(s) went wrong.</source>
        <translation>
            <numerusform>La synchronisation est terminée, mais %n problème est survenu.</numerusform>
            <numerusform>La synchronisation est terminée, mais %n problèmes sont survenus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync stopped before it was done.</source>
        <translation>La synchronisation s’est arrêtée avant la fin.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>That topic is not downloaded.</source>
        <translation>Ce sujet n’est pas téléchargé.</translation>
    </message>
    <message>
        <source>That post is in a topic that is not downloaded.</source>
        <translation>Ce message fait partie d’un sujet qui n’est pas téléchargé.</translation>
    </message>
    <message>
        <source>No web browser could open the link.</source>
        <translation>Aucun navigateur web n’a pu ouvrir le lien.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Your new topic is in the outbox.</source>
        <translation>Votre nouveau sujet est dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>Your edit is in the outbox.</source>
        <translation>Votre modification est dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>Your like is in the outbox.</source>
        <translation>Votre «&#xa0;J’aime&#xa0;» est dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>Your reply is in the outbox.</source>
        <translation>Votre réponse est dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>The forum refused %n item(s): see the outbox.</source>
        <translation>
            <numerusform>Le forum a refusé %n élément&#xa0;: consultez la boîte d’envoi.</numerusform>
            <numerusform>Le forum a refusé %n éléments&#xa0;: consultez la boîte d’envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n item(s).</source>
        <translation>
            <numerusform>%n élément envoyé.</numerusform>
            <numerusform>%n éléments envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a topic first.</source>
        <translation>Ouvrez d’abord un sujet.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>Closes a message strip</extracomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Fermer cet avis</translation>
    </message>
</context>
<context>
    <name>outpost::gui::NetworkIndicator</name>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Metered connection</source>
        <translation>Connexion limitée</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>No connection. Everything downloaded stays readable; syncing waits for the connection to return.</source>
        <translation>Pas de connexion. Tout ce qui a été téléchargé reste lisible&#xa0;; la synchronisation attend le retour de la connexion.</translation>
    </message>
    <message>
        <source>A metered connection: pictures are not downloaded and Outpost syncs only when you ask, unless you allowed more in the settings.</source>
        <translation>Connexion limitée&#xa0;: les images ne sont pas téléchargées et Outpost ne synchronise que si vous le demandez, sauf si vous l’avez autorisé dans les paramètres.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Connexion&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>outpost::gui::OptionsPage</name>
    <message>
        <source>How much to download</source>
        <translation>Volume à télécharger</translation>
    </message>
    <message>
        <source>These choices are in the settings too.</source>
        <translation>Ces choix se retrouvent aussi dans les paramètres.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days of activity to download</source>
        <translation>Jours d’activité à télécharger</translation>
    </message>
    <message>
        <source>Sync now, and whenever Outpost starts</source>
        <translation>Synchroniser maintenant, puis à chaque démarrage d’Outpost</translation>
    </message>
    <message>
        <source>Sync when the connection comes back</source>
        <translation>Synchroniser au retour de la connexion</translation>
    </message>
    <message>
        <source>Download pictures on a metered connection too</source>
        <translation>Télécharger les images aussi sur une connexion limitée</translation>
    </message>
    <message>
        <source>Download topics active in the last</source>
        <translation>Télécharger les sujets actifs au cours des derniers</translation>
    </message>
    <message>
        <source>On a metered connection Outpost downloads only what you ask for: it syncs when you click Sync and leaves pictures until you click them.</source>
        <translation>Sur une connexion limitée, Outpost ne télécharge que ce que vous demandez&#xa0;: il synchronise quand vous cliquez sur Synchroniser et ne télécharge les images que lorsque vous cliquez dessus.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::OutboxController</name>
    <message>
        <source>Sign in to send. Your posts wait safely in the outbox until you sign in to this forum.</source>
        <extracomment>The outbox has posts but the person is not signed in to the forum</extracomment>
        <translation>Connectez-vous pour envoyer. Vos messages attendent en toute sécurité dans la boîte d’envoi jusqu’à ce que vous vous connectiez à ce forum.</translation>
    </message>
    <message>
        <source>Sign in to send: %1</source>
        <extracomment>%1 is the forum&apos;s reason, in plain words</extracomment>
        <translation>Connectez-vous pour envoyer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add a forum first.</source>
        <translation>Ajoutez d’abord un forum.</translation>
    </message>
    <message>
        <source>You are offline. Your posts wait in the outbox and go out when the connection returns.</source>
        <translation>Vous êtes hors ligne. Vos messages attendent dans la boîte d’envoi et partiront au retour de la connexion.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::OutboxListProxy</name>
    <message>
        <source>Sign in to send</source>
        <translation>Connectez-vous pour envoyer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A line of an outbox item: %1 its state, %2 why (the forum&apos;s reason)</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>outpost::gui::OutboxView</name>
    <message>
        <source>Send &amp;Now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Send what waits in the outbox now (Ctrl+Shift+S)</source>
        <translation>Envoyer maintenant ce qui attend dans la boîte d’envoi (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The words of this item</source>
        <translation>Le texte de cet élément</translation>
    </message>
    <message>
        <source>Your edit:</source>
        <extracomment>Above the person&apos;s version of a post in an edit conflict</extracomment>
        <translation>Votre modification&#xa0;:</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Votre modification</translation>
    </message>
    <message>
        <source>On the forum now:</source>
        <extracomment>Above the forum&apos;s newer version of a post in an edit conflict</extracomment>
        <translation>Actuellement sur le forum&#xa0;:</translation>
    </message>
    <message>
        <source>The post on the forum now</source>
        <translation>Le message actuellement sur le forum</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Keep as &amp;Draft</source>
        <translation>Garder en &amp;brouillon</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Garder en brouillon</translation>
    </message>
    <message>
        <source>Take it out of the outbox and finish it in the composer</source>
        <translation>Retirer l’élément de la boîte d’envoi et le terminer dans l’éditeur</translation>
    </message>
    <message>
        <source>Dis&amp;card…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Send &amp;Mine</source>
        <translation>Envoyer la &amp;mienne</translation>
    </message>
    <message>
        <source>Send my edit</source>
        <translation>Envoyer ma modification</translation>
    </message>
    <message>
        <source>Replace the forum’s version with your edit</source>
        <translation>Remplacer la version du forum par votre modification</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Garder celle du &amp;forum</translation>
    </message>
    <message>
        <source>Keep the forum’s version</source>
        <translation>Garder la version du forum</translation>
    </message>
    <message>
        <source>Leave the post as it is on the forum and drop your edit</source>
        <translation>Laisser le message tel qu’il est sur le forum et abandonner votre modification</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Rien n’attend d’être envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need your attention.</source>
        <extracomment>%n items need the person&apos;s decision</extracomment>
        <translation>
            <numerusform>%n élément demande votre attention.</numerusform>
            <numerusform>%n éléments demandent votre attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n élément en attente d’envoi.</numerusform>
            <numerusform>%n éléments en attente d’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an item to see it whole.</source>
        <translation>Choisissez un élément pour le voir en entier.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Enre&amp;gistrer les modifications</translation>
    </message>
    <message>
        <source>Discard Topic and Replies</source>
        <translation>Abandonner le sujet et les réponses</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) you wrote to this topic wait for it. Discarding the topic discards them too.</source>
        <translation>
            <numerusform>%n réponse que vous avez écrite à ce sujet l’attend. Abandonner le sujet l’abandonne aussi.</numerusform>
            <numerusform>%n réponses que vous avez écrites à ce sujet l’attendent. Abandonner le sujet les abandonne aussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item may already be on the forum: the last attempt got no answer. Discard it from the outbox anyway?</source>
        <translation>Cet élément est peut-être déjà sur le forum&#xa0;: la dernière tentative n’a pas reçu de réponse. Le retirer quand même de la boîte d’envoi&#xa0;?</translation>
    </message>
    <message>
        <source>Discard this item? It will not be sent, and its words are lost.</source>
        <translation>Abandonner cet élément&#xa0;? Il ne sera pas envoyé et son texte sera perdu.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::PostBrowser</name>
    <message>
        <source>Go to post %1 of this forum</source>
        <translation>Aller au message %1 de ce forum</translation>
    </message>
    <message>
        <source>Download this picture</source>
        <translation>Télécharger cette image</translation>
    </message>
</context>
<context>
    <name>outpost::gui::PostWidget</name>
    <message>
        <source>%1 closed this topic</source>
        <translation>%1 a fermé ce sujet</translation>
    </message>
    <message>
        <source>%1 opened this topic again</source>
        <translation>%1 a rouvert ce sujet</translation>
    </message>
    <message>
        <source>%1 pinned this topic</source>
        <translation>%1 a épinglé ce sujet</translation>
    </message>
    <message>
        <source>%1 unpinned this topic</source>
        <translation>%1 a désépinglé ce sujet</translation>
    </message>
    <message>
        <source>%1 archived this topic</source>
        <translation>%1 a archivé ce sujet</translation>
    </message>
    <message>
        <source>%1 took this topic out of the archive</source>
        <translation>%1 a désarchivé ce sujet</translation>
    </message>
    <message>
        <source>%1 unlisted this topic</source>
        <translation>%1 a rendu ce sujet invisible</translation>
    </message>
    <message>
        <source>%1 listed this topic</source>
        <translation>%1 a rendu ce sujet visible</translation>
    </message>
    <message>
        <source>%1 moved posts to another topic</source>
        <translation>%1 a déplacé des messages vers un autre sujet</translation>
    </message>
    <message>
        <source>%1 changed this topic</source>
        <translation>%1 a modifié ce sujet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A topic event line: what happened, then when (e.g. &quot;alice closed this topic · 2 days ago&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>edited</source>
        <extracomment>Marker on a post that was changed after it was first posted</extracomment>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Modifié %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>The number of a post within its topic, e.g. &quot;#12&quot;</extracomment>
        <translation>#%1</translation>
    </message>
    <message>
        <source>In reply to post %1</source>
        <translation>En réponse au message %1</translation>
    </message>
    <message>
        <source>This post was deleted.</source>
        <translation>Ce message a été supprimé.</translation>
    </message>
    <message>
        <source>Post %1 by %2</source>
        <translation>Message %1 par %2</translation>
    </message>
    <message>
        <source>%1, unread</source>
        <translation>%1, non lu</translation>
    </message>
    <message>
        <source>Text of post %1</source>
        <translation>Texte du message %1</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SearchResultsModel</name>
    <message>
        <source>%1, by %2: %3</source>
        <extracomment>A search result for screen readers: %1 topic title, %2 author, %3 the matching text</extracomment>
        <translation>%1, par %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SearchView</name>
    <message>
        <source>Search in</source>
        <translation>Rechercher dans</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Followed categories</source>
        <translation>Catégories suivies</translation>
    </message>
    <message>
        <source>Type to search everything you have downloaded.</source>
        <translation>Tapez pour rechercher dans tout ce que vous avez téléchargé.</translation>
    </message>
    <message>
        <source>Nothing downloaded matches “%1”.</source>
        <translation>Aucun contenu téléchargé ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Best matches for “%1”</source>
        <translation>Meilleurs résultats pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) match “%1”</source>
        <translation>
            <numerusform>%n message correspond à «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%n messages correspondent à «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  ·  @%2  ·  %3  ·  post %4</source>
        <translation>%1  ·  @%2  ·  %3  ·  message %4</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Unit after the number of days of the sync window</extracomment>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days of activity to download</source>
        <translation>Jours d’activité à télécharger</translation>
    </message>
    <message>
        <source>Sync when Outpost starts</source>
        <translation>Synchroniser au démarrage d’Outpost</translation>
    </message>
    <message>
        <source>Sync when the connection comes back</source>
        <translation>Synchroniser au retour de la connexion</translation>
    </message>
    <message>
        <source>Also sync by itself on a metered connection</source>
        <translation>Synchroniser aussi automatiquement sur une connexion limitée</translation>
    </message>
    <message>
        <source>Download pictures of posts by themselves</source>
        <translation>Télécharger automatiquement les images des messages</translation>
    </message>
    <message>
        <source>Also on a metered connection</source>
        <translation>Aussi sur une connexion limitée</translation>
    </message>
    <message>
        <source> MB</source>
        <extracomment>Unit after the size of the picture cache</extracomment>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Largest size of the picture cache</source>
        <translation>Taille maximale du cache d’images</translation>
    </message>
    <message>
        <source>Pictures downloaded now take %1.</source>
        <translation>Les images téléchargées occupent actuellement %1.</translation>
    </message>
    <message>
        <source>Ask Again for All Sites</source>
        <translation>Redemander pour tous les sites</translation>
    </message>
    <message numerus="yes">
        <source>Links open in your browser after you saw where they go. %n site(s) open without asking.</source>
        <translation>
            <numerusform>Les liens s’ouvrent dans votre navigateur une fois que vous avez vu leur destination. %n site s’ouvre sans confirmation.</numerusform>
            <numerusform>Les liens s’ouvrent dans votre navigateur une fois que vous avez vu leur destination. %n sites s’ouvrent sans confirmation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Links open in your browser after you saw where they go.</source>
        <translation>Les liens s’ouvrent dans votre navigateur une fois que vous avez vu leur destination.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Download topics active in the last</source>
        <translation>Télécharger les sujets actifs au cours des derniers</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Conserver au plus</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Language of Outpost</source>
        <translation>Langue d’Outpost</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first choice of the language menu; %1 is the system&apos;s language, e.g. &quot;Français&quot;</extracomment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Show Outpost in</source>
        <translation>Afficher Outpost en</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>A screen down / up in the topic</source>
        <extracomment>A key that works in the topic view without a menu entry</extracomment>
        <translation>Un écran plus bas / plus haut dans le sujet</translation>
    </message>
    <message>
        <source>Space / Shift+Space</source>
        <translation>Space / Shift+Space</translation>
    </message>
    <message>
        <source>First / last downloaded post</source>
        <translation>Premier / dernier message téléchargé</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>Follow or stop following (in the sidebar)</source>
        <translation>Suivre ou ne plus suivre (dans la barre latérale)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Single-letter keys work whenever you are not typing in a field.</source>
        <translation>Les touches à une seule lettre fonctionnent dès que vous n’êtes pas en train de saisir du texte dans un champ.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SignInDialog</name>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>&amp;Copier l’adresse</translation>
    </message>
    <message>
        <source>Start &amp;Again</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <extracomment>%1 is the forum&apos;s name</extracomment>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Outpost asks the forum for a key of its own, so your password never passes through Outpost.

1. Outpost opens the forum in your web browser. Sign in there if it asks.
2. Choose “Authorize”. The forum then shows a long code.
3. Copy the code, paste it below and choose Sign In.</source>
        <translation>Outpost demande au forum une clé qui lui est propre&#xa0;: votre mot de passe ne passe donc jamais par Outpost.

1. Outpost ouvre le forum dans votre navigateur web. Connectez-vous-y si on vous le demande.
2. Choisissez «&#xa0;Autoriser&#xa0;». Le forum affiche alors un long code.
3. Copiez le code, collez-le ci-dessous et choisissez «&#xa0;Se connecter&#xa0;».</translation>
    </message>
    <message>
        <source>Address of the forum&apos;s sign-in page</source>
        <translation>Adresse de la page de connexion du forum</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>The code the forum shows</source>
        <translation>Le code affiché par le forum</translation>
    </message>
    <message>
        <source>Paste the code from the forum here</source>
        <translation>Collez ici le code affiché par le forum</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Make a new sign-in request and open it in the browser</source>
        <translation>Créer une nouvelle demande de connexion et l’ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Code from the forum:</source>
        <translation>Code du forum&#xa0;:</translation>
    </message>
    <message>
        <source>Preparing a sign-in request…</source>
        <translation>Préparation d’une demande de connexion…</translation>
    </message>
    <message>
        <source>Outpost on %1</source>
        <extracomment>Shown to the person on the forum&apos;s consent page; %1 is the computer&apos;s name.</extracomment>
        <translation>Outpost sur %1</translation>
    </message>
    <message>
        <source>The forum&apos;s page is open in your browser. After you choose “Authorize” there, paste the code here.</source>
        <translation>La page du forum est ouverte dans votre navigateur. Après avoir choisi «&#xa0;Autoriser&#xa0;», collez le code ici.</translation>
    </message>
    <message>
        <source>Outpost could not open a web browser. Copy the address above into one, then paste the code the forum shows here.</source>
        <translation>Outpost n’a pas pu ouvrir de navigateur web. Copiez l’adresse ci-dessus dans un navigateur, puis collez ici le code affiché par le forum.</translation>
    </message>
    <message>
        <source>The address is copied. Open it in your web browser.</source>
        <translation>L’adresse est copiée. Ouvrez-la dans votre navigateur web.</translation>
    </message>
    <message>
        <source>Checking the key with the forum…</source>
        <translation>Vérification de la clé auprès du forum…</translation>
    </message>
    <message>
        <source>The forum did not accept the new key. Choose Start Again to ask for a new one. (%1)</source>
        <translation>Le forum n’a pas accepté la nouvelle clé. Choisissez «&#xa0;Recommencer&#xa0;» pour en demander une nouvelle. (%1)</translation>
    </message>
    <message>
        <source>Outpost could not check the key with the forum: %1 Choose Sign In to try again.</source>
        <translation>Outpost n’a pas pu vérifier la clé auprès du forum&#xa0;: %1 Choisissez «&#xa0;Se connecter&#xa0;» pour réessayer.</translation>
    </message>
    <message>
        <source>Keeping the key in the system keychain…</source>
        <translation>Enregistrement de la clé dans le trousseau système…</translation>
    </message>
    <message>
        <source>Let the forum &amp;hand the key back to Outpost automatically (the forum&apos;s administrators must allow it)</source>
        <translation>Laisser le forum &amp;renvoyer automatiquement la clé à Outpost (les administrateurs du forum doivent l’autoriser)</translation>
    </message>
    <message>
        <source>Instead of showing a code to paste, the forum sends your browser back to Outpost with the key. Its administrators must add http://127.0.0.1:%1/outpost-auth to the allowed sign-in redirects (allowed_user_api_auth_redirects).</source>
        <translation>Au lieu d’afficher un code à coller, le forum renvoie votre navigateur vers Outpost avec la clé. Ses administrateurs doivent ajouter http://127.0.0.1:%1/outpost-auth aux redirections de connexion autorisées (allowed_user_api_auth_redirects).</translation>
    </message>
    <message>
        <source>any free port</source>
        <extracomment>The port 0 in the hand-back setting: Outpost picks a free port each time</extracomment>
        <translation>n’importe quel port libre</translation>
    </message>
    <message>
        <source>Port on this computer for the hand-back</source>
        <translation>Port de cet ordinateur pour le renvoi de la clé</translation>
    </message>
    <message>
        <source>The port of http://127.0.0.1:PORT/outpost-auth. It must be the one the forum&apos;s administrators allowed.</source>
        <translation>Le port de http://127.0.0.1:PORT/outpost-auth. Il doit être celui que les administrateurs du forum ont autorisé.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Asking the forum whether it allows the automatic hand-back…</source>
        <translation>Outpost demande au forum s’il autorise le renvoi automatique…</translation>
    </message>
    <message>
        <source>Outpost could not ask the forum about the automatic hand-back (%1). Paste the code instead.</source>
        <translation>Outpost n’a pas pu demander au forum s’il autorise le renvoi automatique (%1). Collez plutôt le code.</translation>
    </message>
    <message>
        <source>The forum&apos;s page is open in your browser. After you choose “Authorize” there, the forum hands the key back to Outpost by itself. If your browser shows a code instead, paste it here.</source>
        <translation>La page du forum est ouverte dans votre navigateur. Une fois que vous y aurez choisi « Autoriser », le forum renverra lui-même la clé à Outpost. Si votre navigateur affiche plutôt un code, collez-le ici.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SyncController</name>
    <message>
        <source>Add a forum first.</source>
        <translation>Ajoutez d’abord un forum.</translation>
    </message>
    <message>
        <source>You are offline. Outpost will sync when the connection returns.</source>
        <translation>Vous êtes hors ligne. Outpost synchronisera au retour de la connexion.</translation>
    </message>
    <message>
        <source>You are offline. Sync again once you are connected.</source>
        <translation>Vous êtes hors ligne. Relancez la synchronisation une fois la connexion rétablie.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SyncStatusBar</name>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore de synchronisation</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s)</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisation annulée</translation>
    </message>
    <message>
        <source>Sync stopped: no connection</source>
        <translation>Synchronisation arrêtée&#xa0;: pas de connexion</translation>
    </message>
    <message>
        <source>Sync paused: the forum’s daily limit is reached</source>
        <translation>Synchronisation en pause&#xa0;: la limite quotidienne du forum est atteinte</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>%1 · %2 downloaded</source>
        <extracomment>What a sync used: %1 is &quot;12 requests&quot;, %2 a size such as &quot;340 KB&quot;</extracomment>
        <translation>%1 · %2 téléchargés</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::ThreadModel</name>
    <message>
        <source>Post %1 by %2, %3</source>
        <extracomment>A post in a thread, for lists and screen readers: %1 post number, %2 author, %3 time</extracomment>
        <translation>Message %1 par %2, %3</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ThreadView</name>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Download all posts</source>
        <translation>Télécharger tous les messages</translation>
    </message>
    <message>
        <source>Download all posts of this topic</source>
        <translation>Télécharger tous les messages de ce sujet</translation>
    </message>
    <message>
        <source>Show earlier posts</source>
        <translation>Afficher les messages précédents</translation>
    </message>
    <message>
        <source>Choose a topic to read it here.</source>
        <translation>Choisissez un sujet pour le lire ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n vue</numerusform>
            <numerusform>%n vues</numerusform>
        </translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation>dernière activité %1</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglé</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded: %1 of %n post(s).</source>
        <extracomment>%1 is how many posts of the topic are in the offline copy, %n how many it has</extracomment>
        <translation>
            <numerusform>Messages téléchargés&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Messages téléchargés&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading more posts…</source>
        <translation>Chargement d’autres messages…</translation>
    </message>
    <message>
        <source>The rest of this topic is not downloaded yet.</source>
        <translation>La suite de ce sujet n’est pas encore téléchargée.</translation>
    </message>
    <message>
        <source>That’s the whole topic.</source>
        <extracomment>Shown below the last post of a topic</extracomment>
        <translation>C’est la fin du sujet.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::TimeText</name>
    <message>
        <source>never</source>
        <extracomment>A time that is not known (e.g. a topic never synced)</extracomment>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>A moment ago (less than a minute)</extracomment>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>A moment ago, in a list where room is short</extracomment>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>Minutes ago, in a list where room is short</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>Hours ago, in a list where room is short</extracomment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>Days ago, in a list where room is short</extracomment>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::TopicDelegate</name>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n sujet</numerusform>
            <numerusform>%n sujets</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>Badge on a topic the person has never opened</extracomment>
        <translation>nouveau</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 downloaded</source>
        <extracomment>How much of a topic is downloaded: %1 posts of %2</extracomment>
        <translation>%1 sur %2 téléchargés</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglé</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
</context>
<context>
    <name>outpost::gui::TopicListModel</name>
    <message>
        <source>new</source>
        <extracomment>Spoken after a topic&apos;s title</extracomment>
        <translation>nouveau</translation>
    </message>
    <message numerus="yes">
        <source>%n unread post(s)</source>
        <translation>
            <numerusform>%n message non lu</numerusform>
            <numerusform>%n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglé</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Last activity: %2
Posts downloaded: %3 of %4</source>
        <translation>%1
Dernière activité&#xa0;: %2
Messages téléchargés&#xa0;: %3 sur %4</translation>
    </message>
</context>
<context>
    <name>outpost::gui::TopicListView</name>
    <message>
        <source>Sort topics</source>
        <translation>Trier les sujets</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>Activité la plus récente</translation>
    </message>
    <message>
        <source>Newest topics</source>
        <translation>Sujets les plus récents</translation>
    </message>
    <message>
        <source>Most replies</source>
        <translation>Le plus de réponses</translation>
    </message>
    <message>
        <source>Most views</source>
        <translation>Le plus de vues</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Show topics</source>
        <translation>Afficher les sujets</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tous les sujets</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Not fully downloaded</source>
        <translation>Pas entièrement téléchargés</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Filtrer par titre</translation>
    </message>
    <message>
        <source>Filter topics by title</source>
        <translation>Filtrer les sujets par titre</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Followed topics</source>
        <translation>Sujets suivis</translation>
    </message>
    <message numerus="yes">
        <source>The newest topics of the %n categories you follow.</source>
        <translation>
            <numerusform>Les sujets les plus récents de %n catégorie suivie.</numerusform>
            <numerusform>Les sujets les plus récents des %n catégories que vous suivez.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forum is open.</source>
        <translation>Aucun forum n’est ouvert.</translation>
    </message>
    <message>
        <source>No downloaded topic matches.</source>
        <translation>Aucun sujet téléchargé ne correspond.</translation>
    </message>
    <message>
        <source>You do not follow any category yet. Mark the categories you care about with the star in the sidebar, then sync.</source>
        <translation>Vous ne suivez encore aucune catégorie. Marquez les catégories qui vous intéressent avec l’étoile dans la barre latérale, puis synchronisez.</translation>
    </message>
    <message>
        <source>You do not follow this category, so its topics are not downloaded. Follow it and they will be at the next sync.</source>
        <translation>Vous ne suivez pas cette catégorie, ses sujets ne sont donc pas téléchargés. Suivez-la et ils le seront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Follow this category</source>
        <translation>Suivre cette catégorie</translation>
    </message>
    <message>
        <source>Nothing is downloaded here yet. Sync to download the topics.</source>
        <translation>Rien n’est encore téléchargé ici. Synchronisez pour télécharger les sujets.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
</context>
<context>
    <name>outpost::gui::WritingDock</name>
    <message>
        <source>Outbox and Drafts</source>
        <translation>Boîte d’envoi et brouillons</translation>
    </message>
    <message>
        <source>Outbox and drafts</source>
        <translation>Boîte d’envoi et brouillons</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
</context>
<context>
    <name>outpost::gui::WritingText</name>
    <message>
        <source>New topic</source>
        <extracomment>Heading of the composer and of a draft in the drafts list</extracomment>
        <translation>Nouveau sujet</translation>
    </message>
    <message>
        <source>New topic in %1</source>
        <extracomment>Heading of the composer; %1 is a category&apos;s name</extracomment>
        <translation>Nouveau sujet dans %1</translation>
    </message>
    <message>
        <source>Edit of your post #%1 in “%2”</source>
        <extracomment>Heading of the composer; %1 is a post number, %2 a topic&apos;s title</extracomment>
        <translation>Modification de votre message #%1 dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Edit of your post</source>
        <translation>Modification de votre message</translation>
    </message>
    <message>
        <source>topic %1</source>
        <extracomment>Stands for a topic whose title is not downloaded; %1 is its number</extracomment>
        <translation>sujet %1</translation>
    </message>
    <message>
        <source>Reply to post #%1 in “%2”</source>
        <extracomment>Heading of the composer; %1 is a post number, %2 a topic&apos;s title</extracomment>
        <translation>Réponse au message #%1 dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Reply to “%1”</source>
        <extracomment>Heading of the composer; %1 is a topic&apos;s title</extracomment>
        <translation>Réponse à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Like of post #%1 in “%2”</source>
        <extracomment>An item of the outbox; %1 is a post number, %2 a topic&apos;s title</extracomment>
        <translation>«&#xa0;J’aime&#xa0;» sur le message #%1 dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Like of a post</source>
        <translation>«&#xa0;J’aime&#xa0;» sur un message</translation>
    </message>
    <message>
        <source>New topic “%1”</source>
        <extracomment>An item of the outbox; %1 is the new topic&apos;s title</extracomment>
        <translation>Nouveau sujet «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reply to your new topic (waiting to be sent)</source>
        <extracomment>An item of the outbox: a reply to a new topic that is itself still waiting</extracomment>
        <translation>Réponse à votre nouveau sujet (en attente d’envoi)</translation>
    </message>
    <message>
        <source>Waiting: checking whether it already arrived</source>
        <extracomment>Outbox state: an earlier attempt may have reached the forum</extracomment>
        <translation>En attente&#xa0;: vérification qu’il n’est pas déjà arrivé</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <extracomment>Outbox state</extracomment>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>Outbox state</extracomment>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Sent, waiting for a moderator</source>
        <extracomment>Outbox state: the forum holds the post for a moderator</extracomment>
        <translation>Envoyé, en attente d’un modérateur</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>Outbox state</extracomment>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <extracomment>Outbox state: the forum refused it and the person must decide</extracomment>
        <translation>Demande votre attention</translation>
    </message>
</context>
<context>
    <name>outpost::media</name>
    <message>
        <source>This picture has no web address Outpost can download it from.</source>
        <translation>Cette image n’a pas d’adresse web à partir de laquelle Outpost pourrait la télécharger.</translation>
    </message>
    <message>
        <source>The download is not a picture Outpost can show.</source>
        <translation>Le fichier téléchargé n’est pas une image qu’Outpost peut afficher.</translation>
    </message>
    <message>
        <source>Outpost could not save the picture. Check that there is room on the disk.</source>
        <translation>Outpost n’a pas pu enregistrer l’image. Vérifiez qu’il reste de la place sur le disque.</translation>
    </message>
    <message>
        <source>The download was stopped.</source>
        <translation>Le téléchargement a été arrêté.</translation>
    </message>
</context>
<context>
    <name>outpost::net</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Could not reach the forum: its name could not be looked up. You may be offline; check your connection and try again.</source>
        <translation>Impossible de joindre le forum&#xa0;: son nom n’a pas pu être trouvé. Vous êtes peut-être hors ligne&#xa0;; vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>Could not reach the forum: no connection could be made. Check your link and try again.</source>
        <translation>Impossible de joindre le forum&#xa0;: aucune connexion n’a pu être établie. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>Could not reach the forum: the connection timed out. Check your link and try again.</source>
        <translation>Impossible de joindre le forum&#xa0;: le délai de connexion a expiré. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The connection to the forum stopped moving data. The link may have dropped; Outpost will try again when it is back.</source>
        <translation>La connexion au forum ne transmet plus de données. Le réseau est peut-être coupé&#xa0;; Outpost réessaiera quand il sera rétabli.</translation>
    </message>
    <message>
        <source>The connection to the forum was cut before the answer was complete. Check your link and try again.</source>
        <translation>La connexion au forum a été coupée avant la fin de la réponse. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The forum&apos;s identity could not be verified, so Outpost did not connect. The connection may be intercepted, or the forum&apos;s certificate authority is not trusted on this computer. If your organisation uses its own certificate authority, add its certificate file in the network settings.</source>
        <translation>L’identité du forum n’a pas pu être vérifiée, Outpost ne s’est donc pas connecté. La connexion est peut-être interceptée, ou l’autorité de certification du forum n’est pas reconnue sur cet ordinateur. Si votre organisation utilise sa propre autorité de certification, ajoutez son fichier de certificat dans les paramètres réseau.</translation>
    </message>
    <message>
        <source>The proxy server failed or refused the connection. Check the proxy settings.</source>
        <translation>Le serveur proxy a échoué ou refusé la connexion. Vérifiez les paramètres du proxy.</translation>
    </message>
    <message>
        <source>The forum sent Outpost around in circles (too many redirects). The forum may be misconfigured; try again later.</source>
        <translation>Le forum a fait tourner Outpost en rond (trop de redirections). Le forum est peut-être mal configuré&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The request to the forum failed unexpectedly. Try again; if it keeps happening, the details may help the forum&apos;s administrators.</source>
        <translation>La requête au forum a échoué de manière inattendue. Réessayez&#xa0;; si cela se reproduit, les détails pourront aider les administrateurs du forum.</translation>
    </message>
    <message>
        <source>The forum did not understand the request. Outpost may need an update.</source>
        <translation>Le forum n’a pas compris la requête. Outpost a peut-être besoin d’une mise à jour.</translation>
    </message>
    <message>
        <source>The forum did not accept your sign-in. The key may have been revoked or expired; connect Outpost to your account again.</source>
        <translation>Le forum n’a pas accepté votre connexion. La clé a peut-être été révoquée ou a expiré&#xa0;; reconnectez Outpost à votre compte.</translation>
    </message>
    <message>
        <source>The forum does not allow you to do this. You may lack the permission, or your sign-in has expired.</source>
        <translation>Le forum ne vous permet pas de faire ceci. Vous n’avez peut-être pas l’autorisation, ou votre connexion a expiré.</translation>
    </message>
    <message>
        <source>The forum could not find this. It may have been deleted or made private.</source>
        <translation>Le forum ne trouve pas cet élément. Il a peut-être été supprimé ou rendu privé.</translation>
    </message>
    <message>
        <source>The proxy server asks for a user name and password. Check the proxy settings.</source>
        <translation>Le serveur proxy demande un nom d’utilisateur et un mot de passe. Vérifiez les paramètres du proxy.</translation>
    </message>
    <message>
        <source>The forum refused this because it is too large.</source>
        <translation>Le forum a refusé ceci, car c’est trop volumineux.</translation>
    </message>
    <message>
        <source>The forum did not accept this. Read its explanation, change what it asks for, and try again.</source>
        <translation>Le forum n’a pas accepté ceci. Lisez son explication, modifiez ce qu’il demande, puis réessayez.</translation>
    </message>
    <message>
        <source>The forum asks Outpost to slow down. Outpost will wait and try again on its own.</source>
        <translation>Le forum demande à Outpost de ralentir. Outpost patientera et réessaiera de lui-même.</translation>
    </message>
    <message>
        <source>The forum had an internal error. Try again later.</source>
        <translation>Le forum a rencontré une erreur interne. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The forum is temporarily unavailable (it may be under maintenance or overloaded). Outpost will try again later.</source>
        <translation>Le forum est temporairement indisponible (il est peut-être en maintenance ou surchargé). Outpost réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The forum answered with an unexpected redirect (HTTP status %1).</source>
        <extracomment>%1 is an HTTP status code such as 304</extracomment>
        <translation>Le forum a répondu par une redirection inattendue (code HTTP %1).</translation>
    </message>
    <message>
        <source>The forum refused the request (HTTP status %1).</source>
        <extracomment>%1 is an HTTP status code such as 409</extracomment>
        <translation>Le forum a refusé la requête (code HTTP %1).</translation>
    </message>
    <message>
        <source>The forum failed to answer (HTTP status %1). Try again later.</source>
        <extracomment>%1 is an HTTP status code such as 507</extracomment>
        <translation>Le forum n’a pas pu répondre (code HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The forum sent an answer Outpost does not understand.</source>
        <translation>Le forum a envoyé une réponse qu’Outpost ne comprend pas.</translation>
    </message>
</context>
<context>
    <name>outpost::outbox::Outbox</name>
    <message>
        <source>There is nothing to send: the text is empty.</source>
        <translation>Il n’y a rien à envoyer&#xa0;: le texte est vide.</translation>
    </message>
    <message>
        <source>There is no new topic with that id in the outbox.</source>
        <translation>Il n’y a aucun nouveau sujet avec cet identifiant dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>A new topic needs a title.</source>
        <translation>Un nouveau sujet doit avoir un titre.</translation>
    </message>
    <message>
        <source>This item is not an edit in conflict.</source>
        <translation>Cet élément n’est pas une modification en conflit.</translation>
    </message>
</context>
<context>
    <name>outpost::outbox::OutboxDelivery</name>
    <message>
        <source>An earlier attempt to send this may have arrived; Outpost could not check yet and sends nothing until it can.</source>
        <translation>Une tentative d’envoi précédente est peut-être arrivée&#xa0;; Outpost n’a pas encore pu le vérifier et n’enverra rien tant qu’il ne le pourra pas.</translation>
    </message>
    <message>
        <source>This edit does not say which post it changes.</source>
        <translation>Cette modification n’indique pas quel message elle change.</translation>
    </message>
    <message>
        <source>The post you edited is no longer on the forum, or you may no longer see it. Your text is kept here.</source>
        <translation>Le message que vous avez modifié n’est plus sur le forum, ou vous n’y avez peut-être plus accès. Votre texte est conservé ici.</translation>
    </message>
    <message>
        <source>Someone changed this post on the forum after you began your edit. Compare both versions and choose which to keep.</source>
        <translation>Quelqu’un a modifié ce message sur le forum après que vous avez commencé votre modification. Comparez les deux versions et choisissez celle à garder.</translation>
    </message>
    <message>
        <source>Not sent yet: the forum could not be reached in time.</source>
        <translation>Pas encore envoyé&#xa0;: le forum n’a pas pu être joint à temps.</translation>
    </message>
    <message>
        <source>The connection broke before the forum answered. Outpost checks whether this arrived before sending it again.</source>
        <translation>La connexion a été coupée avant la réponse du forum. Outpost vérifie si l’envoi est arrivé avant de le refaire.</translation>
    </message>
    <message>
        <source>The forum&apos;s answer could not be read. Outpost checks whether this arrived before sending it again.</source>
        <translation>La réponse du forum n’a pas pu être lue. Outpost vérifie si l’envoi est arrivé avant de le refaire.</translation>
    </message>
    <message>
        <source>The forum did not allow this. The topic or category may be closed to you, or it may be something the forum never allows (such as liking your own post).</source>
        <translation>Le forum n’a pas permis cette action. Le sujet ou la catégorie vous est peut-être fermé, ou c’est une action que le forum n’autorise jamais (comme mettre un «&#xa0;J’aime&#xa0;» à votre propre message).</translation>
    </message>
    <message>
        <source>Someone changed this post on the forum meanwhile; Outpost will fetch their version on the next sync.</source>
        <translation>Quelqu’un a modifié ce message sur le forum entre-temps&#xa0;; Outpost récupérera sa version à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The forum&apos;s answer could not be read; Outpost tries again on the next sync.</source>
        <translation>La réponse du forum n’a pas pu être lue&#xa0;; Outpost réessaiera à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Another Outpost window or program is sending this forum&apos;s outbox right now. Nothing was sent twice; try again in a moment.</source>
        <translation>Une autre fenêtre ou un autre programme Outpost est en train d’envoyer la boîte d’envoi de ce forum. Rien n’a été envoyé deux fois&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message numerus="yes">
        <source>Sign in to send: %n item(s) are waiting in the outbox.</source>
        <translation>
            <numerusform>Connectez-vous pour envoyer&#xa0;: %n élément attend dans la boîte d’envoi.</numerusform>
            <numerusform>Connectez-vous pour envoyer&#xa0;: %n éléments attendent dans la boîte d’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending was cancelled. What was not sent stays in the outbox.</source>
        <translation>L’envoi a été annulé. Ce qui n’a pas été envoyé reste dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>The new topic this replies to was removed from the outbox. Choose a topic to reply to, or keep this as a draft.</source>
        <translation>Le nouveau sujet auquel ceci répond a été retiré de la boîte d’envoi. Choisissez un sujet auquel répondre, ou gardez ceci comme brouillon.</translation>
    </message>
    <message>
        <source>Waiting for a moderator to approve the new topic this replies to.</source>
        <translation>En attente de l’approbation, par un modérateur, du nouveau sujet auquel ceci répond.</translation>
    </message>
    <message>
        <source>Waiting for the new topic this replies to, which needs your attention.</source>
        <translation>En attente du nouveau sujet auquel ceci répond, qui demande votre attention.</translation>
    </message>
    <message>
        <source>Waiting for the new topic this replies to.</source>
        <translation>En attente du nouveau sujet auquel ceci répond.</translation>
    </message>
    <message>
        <source>The forum refused your sign-in key, so nothing more was sent. Sign in to this forum again; your posts wait in the outbox.</source>
        <translation>Le forum a refusé votre clé de connexion, plus rien n’a donc été envoyé. Reconnectez-vous à ce forum&#xa0;; vos messages attendent dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>The forum&apos;s request limit is used up for now, or the forum asked Outpost to wait. Sending goes on from %1.</source>
        <translation>La limite de requêtes du forum est atteinte pour le moment, ou le forum a demandé à Outpost de patienter. L’envoi reprendra à partir de %1.</translation>
    </message>
    <message>
        <source>The forum could not be reached. The outbox is sent on the next sync.</source>
        <translation>Le forum est injoignable. La boîte d’envoi sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were accepted and wait for a moderator&apos;s approval.</source>
        <translation>
            <numerusform>%n élément a été accepté et attend l’approbation d’un modérateur.</numerusform>
            <numerusform>%n éléments ont été acceptés et attendent l’approbation d’un modérateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The forum refused %n item(s); they need your attention. Nothing was lost.</source>
        <translation>
            <numerusform>Le forum a refusé %n élément&#xa0;; il demande votre attention. Rien n’a été perdu.</numerusform>
            <numerusform>Le forum a refusé %n éléments&#xa0;; ils demandent votre attention. Rien n’a été perdu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for an earlier item, or for the forum to answer; they are sent on the next sync.</source>
        <translation>
            <numerusform>%n élément attend un élément précédent, ou la réponse du forum&#xa0;; il sera envoyé à la prochaine synchronisation.</numerusform>
            <numerusform>%n éléments attendent un élément précédent, ou la réponse du forum&#xa0;; ils seront envoyés à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::session</name>
    <message>
        <source>The forum did not accept the key. It may have been revoked, or your account may be suspended.</source>
        <translation>Le forum n’a pas accepté la clé. Elle a peut-être été révoquée, ou votre compte est peut-être suspendu.</translation>
    </message>
    <message>
        <source>The forum sent an answer Outpost cannot read.</source>
        <translation>Le forum a envoyé une réponse qu’Outpost ne sait pas lire.</translation>
    </message>
    <message>
        <source>This forum does not allow Outpost to receive the key by itself: its administrators have not added %1 to the allowed sign-in redirects (allowed_user_api_auth_redirects). Paste the code instead.</source>
        <translation>Ce forum ne permet pas à Outpost de recevoir la clé par lui-même : ses administrateurs n’ont pas ajouté %1 aux redirections de connexion autorisées (allowed_user_api_auth_redirects). Collez plutôt le code.</translation>
    </message>
</context>
<context>
    <name>outpost::store</name>
    <message>
        <source>The offline copy %1 was opened before it was prepared.</source>
        <translation>La copie hors ligne %1 a été ouverte avant d’être préparée.</translation>
    </message>
    <message>
        <source>The offline copy %1 is damaged and Outpost could not move it aside. Check that its folder may be written to.</source>
        <translation>La copie hors ligne %1 est endommagée et Outpost n’a pas pu la mettre de côté. Vérifiez que son dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>The offline copy of this forum was damaged, so Outpost set it aside as %1 and started a new one. Topics will be downloaded again at the next sync; your drafts and settings are not affected.</source>
        <translation>La copie hors ligne de ce forum était endommagée&#xa0;: Outpost l’a mise de côté sous le nom %1 et en a commencé une nouvelle. Les sujets seront de nouveau téléchargés à la prochaine synchronisation&#xa0;; vos brouillons et vos paramètres ne sont pas touchés.</translation>
    </message>
    <message>
        <source>Downloaded posts could not be saved because their text was incomplete.</source>
        <translation>Les messages téléchargés n’ont pas pu être enregistrés, car leur texte était incomplet.</translation>
    </message>
    <message>
        <source>Downloaded posts could not be saved because their topic is not in the offline copy.</source>
        <translation>Les messages téléchargés n’ont pas pu être enregistrés, car leur sujet n’est pas dans la copie hors ligne.</translation>
    </message>
    <message>
        <source>An internal query of Outpost was empty.</source>
        <translation>Une requête interne d’Outpost était vide.</translation>
    </message>
    <message>
        <source>This copy of SQLite has no full-text search (FTS5), which Outpost needs.</source>
        <translation>Cette version de SQLite ne dispose pas de la recherche plein texte (FTS5), dont Outpost a besoin.</translation>
    </message>
    <message>
        <source>The forum %1 has already been added.</source>
        <translation>Le forum %1 a déjà été ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>This forum still has %n draft(s) or unsent post(s). Send or delete them before removing the forum.</source>
        <translation>
            <numerusform>Ce forum a encore %n brouillon ou message non envoyé. Envoyez-le ou supprimez-le avant de retirer le forum.</numerusform>
            <numerusform>Ce forum a encore %n brouillons ou messages non envoyés. Envoyez-les ou supprimez-les avant de retirer le forum.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database upgrade steps built into Outpost are not valid.</source>
        <translation>Les étapes de mise à niveau de la base de données intégrées à Outpost ne sont pas valides.</translation>
    </message>
    <message>
        <source>That draft or outbox item no longer exists. It may have been sent or deleted in another window.</source>
        <translation>Ce brouillon ou cet élément de la boîte d’envoi n’existe plus. Il a peut-être été envoyé ou supprimé dans une autre fenêtre.</translation>
    </message>
    <message>
        <source>Outpost cannot create its data folder %1. Check that it may be written to.</source>
        <translation>Outpost ne peut pas créer son dossier de données %1. Vérifiez que l’emplacement est accessible en écriture.</translation>
    </message>
    <message>
        <source>There is not enough disk space to save changes to %1. Nothing from the interrupted change was saved. Free some space and try again.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Il n’y a pas assez d’espace disque pour enregistrer les modifications dans %1. Rien de la modification interrompue n’a été enregistré. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not an Outpost database.</source>
        <translation>Le fichier %1 est endommagé ou n’est pas une base de données Outpost.</translation>
    </message>
    <message>
        <source>The file %1 is in use by another part of Outpost or another program. Try again in a moment.</source>
        <translation>Le fichier %1 est utilisé par une autre partie d’Outpost ou par un autre programme. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Outpost cannot write to %1. Check that the file and its folder may be written to.</source>
        <translation>Outpost ne peut pas écrire dans %1. Vérifiez que le fichier et son dossier sont accessibles en écriture.</translation>
    </message>
    <message>
        <source>Outpost cannot open %1. Check that its folder exists and may be written to.</source>
        <translation>Outpost ne peut pas ouvrir %1. Vérifiez que son dossier existe et qu’il est accessible en écriture.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing %1.</source>
        <translation>Le disque a signalé une erreur lors de la lecture ou de l’écriture de %1.</translation>
    </message>
    <message>
        <source>A change to %1 was refused because it conflicts with data already saved.</source>
        <translation>Une modification de %1 a été refusée, car elle est en conflit avec des données déjà enregistrées.</translation>
    </message>
    <message>
        <source>A change to %1 was refused because a value was not valid.</source>
        <translation>Une modification de %1 a été refusée, car une valeur n’était pas valide.</translation>
    </message>
    <message>
        <source>An unexpected database error occurred in %1.</source>
        <translation>Une erreur inattendue de base de données s’est produite dans %1.</translation>
    </message>
    <message>
        <source>Your Outpost data file %1 is damaged. It holds your drafts, outbox and settings, so Outpost has left it exactly as it is and will not replace it. Keep a copy of it (and of %1.bak, if there is one) before trying anything else.</source>
        <translation>Votre fichier de données Outpost %1 est endommagé. Il contient vos brouillons, votre boîte d’envoi et vos paramètres&#xa0;: Outpost l’a donc laissé tel quel et ne le remplacera pas. Faites-en une copie (ainsi que de %1.bak, s’il existe) avant de tenter quoi que ce soit d’autre.</translation>
    </message>
    <message>
        <source>This was already sent, so it cannot be changed here any more.</source>
        <translation>Ceci a déjà été envoyé et ne peut donc plus être modifié ici.</translation>
    </message>
    <message>
        <source>This is being sent right now. Wait until it has gone or been refused.</source>
        <translation>Ceci est en cours d’envoi. Attendez que l’envoi soit terminé ou refusé.</translation>
    </message>
    <message>
        <source>An earlier attempt to send this may have reached the forum. Outpost checks that on the next sync; change it after that.</source>
        <translation>Une tentative d’envoi précédente a peut-être atteint le forum. Outpost le vérifiera à la prochaine synchronisation&#xa0;; modifiez-le ensuite.</translation>
    </message>
</context>
<context>
    <name>outpost::store::Migrator</name>
    <message>
        <source>The file %1 is not the kind of Outpost database expected here.</source>
        <translation>Le fichier %1 n’est pas le type de base de données Outpost attendu ici.</translation>
    </message>
    <message>
        <source>Outpost could not save a safety copy of %1 before upgrading it, so it left the file as it was. %2</source>
        <translation>Outpost n’a pas pu enregistrer une copie de sécurité de %1 avant de le mettre à niveau&#xa0;; il a donc laissé le fichier tel quel. %2</translation>
    </message>
    <message>
        <source>Outpost could not upgrade %1 because the disk is full. The file was left as it was before step %2. Free some space and try again.</source>
        <translation>Outpost n’a pas pu mettre à niveau %1, car le disque est plein. Le fichier a été laissé tel qu’il était avant l’étape %2. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>Outpost could not upgrade %1 (step %2). The file was left as it was before this step.</source>
        <translation>Outpost n’a pas pu mettre à niveau %1 (étape %2). Le fichier a été laissé tel qu’il était avant cette étape.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Outpost. Update Outpost to open it; this version has left the file untouched.</source>
        <translation>%1 a été écrit par une version plus récente d’Outpost. Mettez Outpost à jour pour l’ouvrir&#xa0;; cette version n’a pas touché au fichier.</translation>
    </message>
</context>
<context>
    <name>outpost::store::OutboxRepository</name>
    <message>
        <source>This post is being sent or was already sent, so it cannot be edited as a draft any more.</source>
        <translation>Ce message est en cours d’envoi ou a déjà été envoyé&#xa0;: il ne peut plus être modifié comme brouillon.</translation>
    </message>
    <message>
        <source>Other queued posts depend on this one, so it cannot be removed yet.</source>
        <translation>D’autres messages en attente dépendent de celui-ci&#xa0;: il ne peut pas encore être supprimé.</translation>
    </message>
    <message>
        <source>The post was changed on the forum after you began your edit. Keep your version, take the forum&apos;s, or edit yours to merge them.</source>
        <translation>Le message a été modifié sur le forum après que vous avez commencé votre modification. Gardez votre version, prenez celle du forum, ou modifiez la vôtre pour les fusionner.</translation>
    </message>
</context>
<context>
    <name>outpost::sync</name>
    <message>
        <source>Fetching the forum&apos;s categories</source>
        <translation>Récupération des catégories du forum</translation>
    </message>
    <message>
        <source>The forum&apos;s categories were not updated.</source>
        <translation>Les catégories du forum n’ont pas été mises à jour.</translation>
    </message>
    <message>
        <source>Reading your settings on the forum</source>
        <translation>Lecture de vos préférences sur le forum</translation>
    </message>
    <message>
        <source>The forum did not recognise your sign-in, so only what anyone may read was synced. Connect Outpost to your account again.</source>
        <translation>Le forum n’a pas reconnu votre connexion, seul ce que tout le monde peut lire a donc été synchronisé. Reconnectez Outpost à votre compte.</translation>
    </message>
    <message>
        <source>The categories you watch on the forum were not read. %1</source>
        <translation>Les catégories que vous surveillez sur le forum n’ont pas été lues. %1</translation>
    </message>
    <message>
        <source>The categories you watch on the forum were not read.</source>
        <translation>Les catégories que vous surveillez sur le forum n’ont pas été lues.</translation>
    </message>
    <message>
        <source>Fetching the top topics of the week</source>
        <translation>Récupération des sujets populaires de la semaine</translation>
    </message>
    <message>
        <source>Fetching the top topics of the month</source>
        <translation>Récupération des sujets populaires du mois</translation>
    </message>
    <message>
        <source>The top topics of the week were not read.</source>
        <translation>Les sujets populaires de la semaine n’ont pas été lus.</translation>
    </message>
    <message>
        <source>The top topics of the month were not read.</source>
        <translation>Les sujets populaires du mois n’ont pas été lus.</translation>
    </message>
    <message>
        <source>Writing the digest</source>
        <translation>Création du résumé</translation>
    </message>
    <message>
        <source>category %1</source>
        <extracomment>Stands for a category whose name is not known yet; %1 is its number.</extracomment>
        <translation>catégorie %1</translation>
    </message>
    <message>
        <source>Fetching “%1” (page %2)</source>
        <extracomment>%1 is a category name, %2 a page number (1 is the newest).</extracomment>
        <translation>Récupération de «&#xa0;%1&#xa0;» (page %2)</translation>
    </message>
    <message>
        <source>The list of “%1” (page %2) was not read.</source>
        <extracomment>%1 is a category name, %2 a page number.</extracomment>
        <translation>La liste de «&#xa0;%1&#xa0;» (page %2) n’a pas été lue.</translation>
    </message>
    <message>
        <source>Sending the outbox</source>
        <translation>Envoi des éléments de la boîte d’envoi</translation>
    </message>
    <message>
        <source>Indexing posts for search</source>
        <translation>Indexation des messages pour la recherche</translation>
    </message>
    <message>
        <source>The sync stopped because of an unexpected error. What was saved before is intact.</source>
        <translation>La synchronisation s’est arrêtée à cause d’une erreur inattendue. Ce qui avait été enregistré auparavant est intact.</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in about %n hour(s)</source>
        <translation>
            <numerusform>dans environ %n heure</numerusform>
            <numerusform>dans environ %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in about %n day(s)</source>
        <translation>
            <numerusform>dans environ %n jour</numerusform>
            <numerusform>dans environ %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The forum&apos;s request limit for now is used up, so the sync stopped; what was downloaded is kept. It can go on after %1 (%2).</source>
        <extracomment>%1 is a local time (or date and time), %2 how long until then (&quot;in about 3 hours&quot;).</extracomment>
        <translation>La limite de requêtes du forum est atteinte pour le moment, la synchronisation s’est donc arrêtée&#xa0;; ce qui a été téléchargé est conservé. Elle pourra reprendre après %1 (%2).</translation>
    </message>
    <message>
        <source>The forum could not be reached, so the sync stopped; what was downloaded is kept. %1</source>
        <extracomment>%1 says what went wrong with the connection (a whole sentence).</extracomment>
        <translation>Le forum est injoignable, la synchronisation s’est donc arrêtée&#xa0;; ce qui a été téléchargé est conservé. %1</translation>
    </message>
    <message>
        <source>The sync was cancelled; what was downloaded is kept.</source>
        <translation>La synchronisation a été annulée&#xa0;; ce qui a été téléchargé est conservé.</translation>
    </message>
    <message>
        <source>The sync stopped because the offline copy could not be written. %1 What was saved before is intact.</source>
        <extracomment>%1 is the store&apos;s own sentence about the failure (e.g. the disk is full).</extracomment>
        <translation>La synchronisation s’est arrêtée, car la copie hors ligne n’a pas pu être écrite. %1 Ce qui avait été enregistré auparavant est intact.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) like these were left out of this report.</source>
        <translation>
            <numerusform>%n autre problème de ce type a été omis de ce rapport.</numerusform>
            <numerusform>%n autres problèmes de ce type ont été omis de ce rapport.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what was not updated, %2 why (both are whole sentences).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>topic %1</source>
        <extracomment>Stands for a topic whose title is not known yet; %1 is its number.</extracomment>
        <translation>sujet %1</translation>
    </message>
    <message>
        <source>Fetching “%1”</source>
        <translation>Récupération de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The topic “%1” was not updated.</source>
        <extracomment>%1 is a topic title (or &quot;topic 123&quot;).</extracomment>
        <translation>Le sujet «&#xa0;%1&#xa0;» n’a pas été mis à jour.</translation>
    </message>
    <message>
        <source>Fetching posts of “%1”</source>
        <translation>Récupération des messages de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Some posts of the topic “%1” were not downloaded.</source>
        <translation>Certains messages du sujet «&#xa0;%1&#xa0;» n’ont pas été téléchargés.</translation>
    </message>
    <message>
        <source>The forum refused your sign-in key. Topics it would not show were kept as they were, and your queued posts wait. Sign in to this forum again.</source>
        <translation>Le forum a refusé votre clé de connexion. Les sujets qu’il refusait d’afficher ont été conservés tels quels, et vos messages en attente sont conservés. Reconnectez-vous à ce forum.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en_GB">
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
        <translation>No hay ningún llavero del sistema disponible, así que tu inicio de sesión se guarda en memoria solo durante esta ejecución. La próxima vez tendrás que volver a iniciar sesión. Outpost nunca lo escribe en un archivo.</translation>
    </message>
    <message>
        <source>The system keychain refused to keep your sign-in (%1).</source>
        <extracomment>%1 is the keychain&apos;s own error text</extracomment>
        <translation>El llavero del sistema se negó a guardar tu inicio de sesión (%1).</translation>
    </message>
</context>
<context>
    <name>outpost::auth::LoopbackReceiver</name>
    <message>
        <source>Outpost could not wait for the forum on port %1 of this computer (%2). Another program may be using it.</source>
        <translation>Outpost no pudo esperar al foro en el puerto %1 de este equipo (%2). Puede que otro programa lo esté usando.</translation>
    </message>
    <message>
        <source>Outpost could not wait for the forum on this computer (%1).</source>
        <translation>Outpost no pudo esperar al foro en este equipo (%1).</translation>
    </message>
    <message>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Esta solicitud es demasiado grande.</translation>
    </message>
    <message>
        <source>This request is not understood.</source>
        <translation>Esta solicitud no se entiende.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Aquí no hay nada.</translation>
    </message>
    <message>
        <source>The browser came back to Outpost without a sign-in code. Paste the code instead, or start again.</source>
        <translation>El navegador volvió a Outpost sin un código de inicio de sesión. Pega el código en su lugar o empieza de nuevo.</translation>
    </message>
    <message>
        <source>Outpost did not receive a sign-in code</source>
        <translation>Outpost no recibió ningún código de inicio de sesión</translation>
    </message>
    <message>
        <source>The forum&apos;s answer did not contain a sign-in code. Go back to Outpost: you can paste the code there, or start again.</source>
        <translation>La respuesta del foro no contenía un código de inicio de sesión. Vuelve a Outpost: allí puedes pegar el código o empezar de nuevo.</translation>
    </message>
    <message>
        <source>Back to Outpost</source>
        <translation>Volver a Outpost</translation>
    </message>
    <message>
        <source>Outpost has received the forum&apos;s answer. You can close this page and go back to Outpost.</source>
        <translation>Outpost ha recibido la respuesta del foro. Puedes cerrar esta página y volver a Outpost.</translation>
    </message>
    <message>
        <source>The forum did not hand the key back to Outpost in time. Paste the code instead, or start again.</source>
        <translation>El foro no devolvió la clave a Outpost a tiempo. Pega el código en su lugar o empieza de nuevo.</translation>
    </message>
</context>
<context>
    <name>outpost::auth::UserApiKeyHandshake</name>
    <message>
        <source>Could not create the keys needed to sign in (the system&apos;s cryptography library failed).</source>
        <translation>No se pudieron crear las claves necesarias para iniciar sesión (falló la biblioteca criptográfica del sistema).</translation>
    </message>
    <message>
        <source>That is not a sign-in code from the forum. Copy the whole code shown after you approved Outpost, and paste it again.</source>
        <translation>Eso no es un código de inicio de sesión del foro. Copia el código completo que aparece después de aprobar Outpost y vuelve a pegarlo.</translation>
    </message>
    <message>
        <source>The sign-in code could not be read: it was not made for this sign-in attempt, or it was changed on the way. Start signing in again.</source>
        <translation>No se pudo leer el código de inicio de sesión: no se creó para este intento de inicio de sesión o se modificó por el camino. Vuelve a iniciar sesión desde el principio.</translation>
    </message>
    <message>
        <source>The sign-in code belongs to another sign-in attempt. Start signing in again and paste the code the forum shows then.</source>
        <translation>El código de inicio de sesión pertenece a otro intento de inicio de sesión. Vuelve a iniciar sesión desde el principio y pega el código que muestre entonces el foro.</translation>
    </message>
    <message>
        <source>This forum speaks an older version of the sign-in protocol (%1; Outpost needs %2). Ask the forum&apos;s administrators to update Discourse.</source>
        <translation>Este foro usa una versión anterior del protocolo de inicio de sesión (%1; Outpost necesita la %2). Pide a los administradores del foro que actualicen Discourse.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::CliApplication</name>
    <message>
        <source>Outpost, the offline-first Discourse client, from the command line.</source>
        <translation>Outpost, el cliente de Discourse pensado para funcionar sin conexión, desde la línea de comandos.</translation>
    </message>
    <message>
        <source>Where the cache and settings live (default: $OUTPOST_PROFILE, else the platform&apos;s application data folder).</source>
        <translation>Dónde se guardan la caché y la configuración (predeterminado: $OUTPOST_PROFILE o, si no, la carpeta de datos de aplicaciones de la plataforma).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The forum to use, by URL or name (default: the first forum added).</source>
        <translation>El foro que se usa, por URL o por nombre (predeterminado: el primer foro añadido).</translation>
    </message>
    <message>
        <source>URL|NAME</source>
        <translation>URL|NAME</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout instead of text for people.</source>
        <translation>Escribe un único documento JSON en stdout en lugar de texto para personas.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Usage: outpost-cli [--profile DIR] [--forum URL|NAME] COMMAND [ARGS...] [--json]</source>
        <translation>Uso: outpost-cli [--profile DIR] [--forum URL|NAME] COMANDO [ARGUMENTOS...] [--json]</translation>
    </message>
    <message>
        <source>Outpost keeps the categories you follow in a local cache, so you can read, search and write with no connection. These commands sync and read that cache.</source>
        <translation>Outpost guarda las categorías que sigues en una caché local, para que puedas leer, buscar y escribir sin conexión. Estos comandos sincronizan y leen esa caché.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <source>  --profile DIR       where the cache and settings live (or $OUTPOST_PROFILE)</source>
        <translation>  --profile DIR       dónde se guardan la caché y la configuración (o $OUTPOST_PROFILE)</translation>
    </message>
    <message>
        <source>  --forum URL|NAME    the forum to use (default: the first forum added)</source>
        <translation>  --forum URL|NAME    el foro que se usa (predeterminado: el primer foro añadido)</translation>
    </message>
    <message>
        <source>  --json              print one JSON document on stdout</source>
        <translation>  --json              escribe un único documento JSON en stdout</translation>
    </message>
    <message>
        <source>  -h, --help          show help; &apos;outpost-cli COMMAND --help&apos; for a command</source>
        <translation>  -h, --help          muestra la ayuda; &apos;outpost-cli COMANDO --help&apos; para un comando</translation>
    </message>
    <message>
        <source>  -v, --version       show the version</source>
        <translation>  -v, --version       muestra la versión</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed (message on stderr), 2 bad usage, 3 partial (the sync stopped early: offline, rate budget or cancelled; what was stored stays).</source>
        <translation>Códigos de salida: 0 hecho, 1 error (mensaje en stderr), 2 uso incorrecto, 3 parcial (la sincronización se detuvo antes de tiempo: sin conexión, límite de solicitudes agotado o cancelada; lo guardado se conserva).</translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation>Uso:   </translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se indicó ningún comando</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>outpost::cli::CliContext</name>
    <message>
        <source>no forum has been added yet; add one with &apos;outpost-cli forum add URL&apos;</source>
        <translation>aún no se ha añadido ningún foro; añade uno con &apos;outpost-cli forum add URL&apos;</translation>
    </message>
    <message>
        <source>there is no forum &apos;%1&apos;; &apos;outpost-cli forum list&apos; shows the forums</source>
        <translation>no hay ningún foro &apos;%1&apos;; &apos;outpost-cli forum list&apos; muestra los foros</translation>
    </message>
    <message>
        <source>outpost-cli: %1</source>
        <extracomment>Prefix of every error message of the command-line program; %1 is the message.</extracomment>
        <translation>outpost-cli: %1</translation>
    </message>
    <message>
        <source>Try &apos;outpost-cli --help&apos; for more information.</source>
        <translation>Prueba &apos;outpost-cli --help&apos; para más información.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::Command</name>
    <message>
        <source>Read the text from FILE (UTF-8); &apos;-&apos; reads stdin.</source>
        <translation>Lee el texto de FILE (UTF-8); &apos;-&apos; lee stdin.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>give the text either with --file or as &apos;-&apos;, not both</source>
        <translation>indica el texto con --file o como &apos;-&apos;, no de las dos formas</translation>
    </message>
    <message>
        <source>give the text with --file FILE, or &apos;-&apos; to read stdin</source>
        <translation>indica el texto con --file FILE, o con &apos;-&apos; para leer stdin</translation>
    </message>
</context>
<context>
    <name>outpost::cli::ForumCommands</name>
    <message>
        <source>&apos;%1&apos; is not a forum address; give one like https://community.dhis2.org</source>
        <translation>&apos;%1&apos; no es una dirección de foro; indica una como https://community.dhis2.org</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password; sign in with &apos;outpost-cli login&apos;</source>
        <translation>la dirección no debe contener un nombre de usuario ni una contraseña; inicia sesión con &apos;outpost-cli login&apos;</translation>
    </message>
    <message>
        <source>Add, list, rename or remove forums.</source>
        <translation>Añade, lista, renombra o quita foros.</translation>
    </message>
    <message>
        <source>The forum&apos;s name in Outpost.</source>
        <translation>El nombre del foro en Outpost.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Add the forum without checking that it answers like a Discourse forum.</source>
        <translation>Añade el foro sin comprobar que responda como un foro de Discourse.</translation>
    </message>
    <message>
        <source>&apos;forum&apos; needs an action: add, list, rename or remove</source>
        <translation>&apos;forum&apos; necesita una acción: add, list, rename o remove</translation>
    </message>
    <message>
        <source>&apos;forum %1&apos; does not take these arguments; see &apos;outpost-cli forum --help&apos;</source>
        <translation>&apos;forum %1&apos; no admite estos argumentos; consulta &apos;outpost-cli forum --help&apos;</translation>
    </message>
    <message>
        <source>%1 is already added, as “%2”</source>
        <translation>%1 ya está añadido, como «%2»</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>Comprobando %1 …</translation>
    </message>
    <message>
        <source>The forum only shows its content to members; sign in with &apos;outpost-cli login&apos; before syncing.</source>
        <translation>El foro solo muestra su contenido a los miembros; inicia sesión con &apos;outpost-cli login&apos; antes de sincronizar.</translation>
    </message>
    <message>
        <source>The forum could not be reached now, so it was added unchecked; &apos;outpost-cli sync&apos; will try when you are online. (%1)</source>
        <translation>No se pudo contactar con el foro en este momento, así que se añadió sin comprobarlo; &apos;outpost-cli sync&apos; lo intentará cuando tengas conexión. (%1)</translation>
    </message>
    <message>
        <source>%1 does not answer like a Discourse forum: %2 Check the address, or add it anyway with --no-check.</source>
        <translation>%1 no responde como un foro de Discourse: %2 Comprueba la dirección o añádelo de todos modos con --no-check.</translation>
    </message>
    <message>
        <source>Added forum %1, “%2” (%3). It is the default forum.</source>
        <translation>Se añadió el foro %1, «%2» (%3). Es el foro predeterminado.</translation>
    </message>
    <message>
        <source>Added forum %1, “%2” (%3).</source>
        <translation>Se añadió el foro %1, «%2» (%3).</translation>
    </message>
    <message>
        <source>Next: &apos;outpost-cli sync&apos; reads its categories, then &apos;outpost-cli categories&apos; lists them and &apos;outpost-cli follow ID&apos; picks the ones to keep offline.</source>
        <translation>Siguiente paso: &apos;outpost-cli sync&apos; lee sus categorías; luego &apos;outpost-cli categories&apos; las muestra y &apos;outpost-cli follow ID&apos; elige las que se guardan sin conexión.</translation>
    </message>
    <message>
        <source>No forum yet. Add one with &apos;outpost-cli forum add URL&apos;.</source>
        <translation>Aún no hay ningún foro. Añade uno con &apos;outpost-cli forum add URL&apos;.</translation>
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
        <translation>SEGUIDAS</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>ÚLTIMA SINCRONIZACIÓN</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>Marks the default forum in &apos;forum list&apos;.</extracomment>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>the new name is empty</source>
        <translation>el nombre nuevo está vacío</translation>
    </message>
    <message>
        <source>Forum %1 is now called “%2”.</source>
        <translation>El foro %1 ahora se llama «%2».</translation>
    </message>
    <message>
        <source>Removed forum %1, “%2”, and its offline copy.</source>
        <translation>Se quitó el foro %1, «%2», y su copia local.</translation>
    </message>
    <message>
        <source>there is no forum &apos;%1&apos;; &apos;outpost-cli forum list&apos; shows the forums</source>
        <translation>no hay ningún foro &apos;%1&apos;; &apos;outpost-cli forum list&apos; muestra los foros</translation>
    </message>
    <message>
        <source>Keep categories offline: their topics are synced.</source>
        <translation>Guarda categorías para usarlas sin conexión: sus temas se sincronizan.</translation>
    </message>
    <message>
        <source>Stop syncing categories (what is cached stays readable).</source>
        <translation>Deja de sincronizar categorías (lo que está en caché se puede seguir leyendo).</translation>
    </message>
    <message>
        <source>give the ids of the categories (&apos;outpost-cli categories&apos; lists them)</source>
        <translation>indica los ID de las categorías (&apos;outpost-cli categories&apos; las muestra)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category id</source>
        <translation>&apos;%1&apos; no es un ID de categoría</translation>
    </message>
    <message>
        <source>there is no category %1 on this forum; &apos;outpost-cli categories&apos; lists them</source>
        <translation>no hay ninguna categoría %1 en este foro; &apos;outpost-cli categories&apos; las muestra</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>categoría %1</translation>
    </message>
    <message>
        <source>Following %1.</source>
        <translation>Ahora sigues %1.</translation>
    </message>
    <message>
        <source>No longer following %1.</source>
        <translation>Ya no sigues %1.</translation>
    </message>
    <message>
        <source>%1 was not followed.</source>
        <translation>No seguías %1.</translation>
    </message>
    <message>
        <source>Note: the forum&apos;s categories are not synced yet, so the ids were not checked; &apos;outpost-cli sync&apos; will read them.</source>
        <translation>Nota: las categorías del foro aún no están sincronizadas, así que no se comprobaron los ID; &apos;outpost-cli sync&apos; las leerá.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::HumanFormat</name>
    <message>
        <source>never</source>
        <extracomment>Shown where a time is not known (e.g. a topic with no posts cached).</extracomment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <extracomment>Minutes ago, abbreviated: &quot;5 min ago&quot;.</extracomment>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <extracomment>Hours ago, abbreviated: &quot;3 h ago&quot;.</extracomment>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>today %1</source>
        <extracomment>Earlier today, at a time: &quot;today 08:15&quot;.</extracomment>
        <translation>hoy %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>ayer %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A weekday and a time: &quot;Tuesday 14:05&quot;.</extracomment>
        <translation>%1 %2</translation>
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
        <translation>Pone en cola un «Me gusta» a una publicación.</translation>
    </message>
    <message>
        <source>like POST_ID</source>
        <translation>like POST_ID</translation>
    </message>
    <message>
        <source>like needs the id of a post (a number)</source>
        <translation>like necesita el ID de una publicación (un número)</translation>
    </message>
    <message>
        <source>Queued the like of post %1 as %2; it will be sent on the next sync.</source>
        <translation>Se puso en cola el «Me gusta» a la publicación %1 como %2; se enviará en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::LoginCommand</name>
    <message>
        <source>Sign in to the forum with a User API Key (the key goes to the system keychain).</source>
        <translation>Inicia sesión en el foro con una clave de API de usuario (User API Key), que se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>&apos;login&apos; takes no arguments</source>
        <translation>&apos;login&apos; no admite argumentos</translation>
    </message>
    <message>
        <source>Outpost on %1</source>
        <extracomment>Shown to the person on the forum&apos;s consent page; %1 is the computer&apos;s name.</extracomment>
        <translation>Outpost en %1</translation>
    </message>
    <message>
        <source>1. Open this address in your web browser and sign in to %1 if it asks:</source>
        <translation>1. Abre esta dirección en tu navegador web e inicia sesión en %1 si te lo pide:</translation>
    </message>
    <message>
        <source>2. Choose &quot;Authorize&quot;. The forum then shows a long code.</source>
        <translation>2. Elige «Autorizar». Luego el foro muestra un código largo.</translation>
    </message>
    <message>
        <source>3. Paste the code here and press Enter on an empty line (or Ctrl+D):</source>
        <translation>3. Pega el código aquí y pulsa Enter en una línea vacía (o Ctrl+D):</translation>
    </message>
    <message>
        <source>The forum did not accept the new key: %1</source>
        <translation>El foro no aceptó la clave nueva: %1</translation>
    </message>
    <message>
        <source>%1 For scripts and machines without a keychain, set the environment variable OUTPOST_USER_API_KEY instead.</source>
        <translation>%1 Para scripts y equipos sin llavero, define en su lugar la variable de entorno OUTPOST_USER_API_KEY.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Sesión iniciada en %1 como %2.</translation>
    </message>
    <message>
        <source>Ask the forum to hand the key back to outpost-cli by itself, through http://127.0.0.1:PORT/outpost-auth (the forum&apos;s admins must allow that address). Pasting the code still works while it waits.</source>
        <translation>Pide al foro que devuelva la clave a outpost-cli por sí mismo, a través de http://127.0.0.1:PORT/outpost-auth (los administradores del foro deben permitir esa dirección). Mientras espera, pegar el código sigue funcionando.</translation>
    </message>
    <message>
        <source>The port for --redirect (default: the forum&apos;s setting, else %1; 0: any free port).</source>
        <translation>El puerto para --redirect (por defecto: el ajuste del foro, si no %1; 0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <source>--redirect-port must be a number from 0 to 65535</source>
        <translation>--redirect-port debe ser un número de 0 a 65535</translation>
    </message>
    <message>
        <source>Sign in by pasting the code instead.</source>
        <translation>Inicia sesión pegando el código en su lugar.</translation>
    </message>
    <message>
        <source>2. Choose &quot;Authorize&quot;. The forum hands the key back to outpost-cli by itself.</source>
        <translation>2. Elige «Autorizar». El foro devuelve la clave a outpost-cli por sí mismo.</translation>
    </message>
    <message>
        <source>   If your browser shows a code, or cannot open the page it is sent to, paste the code (or that page&apos;s whole address) here and press Enter on an empty line.</source>
        <translation>   Si tu navegador muestra un código, o no puede abrir la página a la que se le envía, pega aquí el código (o la dirección completa de esa página) y pulsa Enter en una línea vacía.</translation>
    </message>
    <message>
        <source>The forum handed the key back.</source>
        <translation>El foro devolvió la clave.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::LogoutCommand</name>
    <message>
        <source>Sign out: revoke the key on the forum and remove it from this computer. Drafts and the outbox stay.</source>
        <translation>Cierra la sesión: revoca la clave en el foro y la quita de este equipo. Los borradores y la bandeja de salida se conservan.</translation>
    </message>
    <message>
        <source>&apos;logout&apos; takes no arguments</source>
        <translation>&apos;logout&apos; no admite argumentos</translation>
    </message>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>No has iniciado sesión en %1.</translation>
    </message>
    <message>
        <source>Signed out of %1. Your drafts and outbox are kept.</source>
        <translation>Sesión cerrada en %1. Tus borradores y tu bandeja de salida se conservan.</translation>
    </message>
    <message>
        <source>The key was removed from this computer, but the forum could not be told to revoke it (%1). Revoke it in your preferences on the forum, under Apps, when you are online.</source>
        <translation>La clave se quitó de este equipo, pero no se pudo pedir al foro que la revocara (%1). Revócala en tus preferencias del foro, en Aplicaciones, cuando tengas conexión.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::NewTopicCommand</name>
    <message>
        <source>Queue a new topic (sent on the next sync).</source>
        <translation>Pone en cola un tema nuevo (se envía en la próxima sincronización).</translation>
    </message>
    <message>
        <source>new-topic --category ID --title TITLE (--file FILE | -)</source>
        <translation>new-topic --category ID --title TITLE (--file FILE | -)</translation>
    </message>
    <message>
        <source>The category to post in.</source>
        <translation>La categoría en la que publicar.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The topic&apos;s title.</source>
        <translation>El título del tema.</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>new-topic takes no arguments but &apos;-&apos;</source>
        <translation>new-topic no admite argumentos, salvo &apos;-&apos;</translation>
    </message>
    <message>
        <source>new-topic needs --category ID (a number)</source>
        <translation>new-topic necesita --category ID (un número)</translation>
    </message>
    <message>
        <source>new-topic needs --title TITLE</source>
        <translation>new-topic necesita --title TITLE</translation>
    </message>
    <message>
        <source>Queued the new topic “%1” as %2; it will be sent on the next sync. Reply to it before then with &apos;outpost-cli reply %2 -&apos;.</source>
        <translation>Se puso en cola el tema nuevo «%1» como %2; se enviará en la próxima sincronización. Si quieres responder en él antes, usa &apos;outpost-cli reply %2 -&apos;.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::OutboxCommand</name>
    <message>
        <source>List the outbox; show, retry, discard or send its items now.</source>
        <translation>Lista la bandeja de salida; muestra, reintenta, descarta o envía ya sus elementos.</translation>
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
        <translation>retry: en una edición en conflicto, envía la tuya y reemplaza la versión más reciente del foro.</translation>
    </message>
    <message>
        <source>retry: for an edit in conflict, keep the forum&apos;s version and drop yours.</source>
        <translation>retry: en una edición en conflicto, conserva la versión del foro y descarta la tuya.</translation>
    </message>
    <message>
        <source>discard: also discard the queued replies to this new topic.</source>
        <translation>discard: descarta también las respuestas en cola a este tema nuevo.</translation>
    </message>
    <message>
        <source>&apos;outbox %1&apos; needs the id of an item</source>
        <translation>&apos;outbox %1&apos; necesita el ID de un elemento</translation>
    </message>
    <message>
        <source>too many arguments for &apos;outbox %1&apos;</source>
        <translation>demasiados argumentos para &apos;outbox %1&apos;</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, show, retry, discard, send)</source>
        <translation>acción desconocida &apos;%1&apos; (list, show, retry, discard, send)</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>La bandeja de salida está vacía.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>ABOUT</source>
        <translation>DESTINO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DETALLES</translation>
    </message>
    <message>
        <source>post %1</source>
        <translation>publicación %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several outbox items; give more of the id</source>
        <translation>&apos;%1&apos; coincide con varios elementos de la bandeja de salida; indica más caracteres del ID</translation>
    </message>
    <message>
        <source>there is no outbox item &apos;%1&apos;; &apos;outpost-cli outbox&apos; lists them</source>
        <translation>no hay ningún elemento &apos;%1&apos; en la bandeja de salida; &apos;outpost-cli outbox&apos; los muestra</translation>
    </message>
    <message>
        <source>note: an earlier attempt to send it may have reached the forum; check the topic there.</source>
        <translation>nota: es posible que un intento anterior de enviarlo haya llegado al foro; compruébalo en el tema del foro.</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n item(s).</source>
        <translation>
            <numerusform>Se descartó %n elemento.</numerusform>
            <numerusform>Se descartaron %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>this edit is in conflict with a newer version on the forum: retry it with --keep-mine or --take-theirs (&apos;outpost-cli outbox show %1&apos; shows both)</source>
        <translation>esta edición está en conflicto con una versión más reciente del foro: reinténtala con --keep-mine o --take-theirs (&apos;outpost-cli outbox show %1&apos; muestra ambas)</translation>
    </message>
    <message>
        <source>Kept the forum&apos;s version; your edit was dropped.</source>
        <translation>Se conservó la versión del foro; tu edición se descartó.</translation>
    </message>
    <message>
        <source>Queued %1 again; it will be sent on the next sync.</source>
        <translation>%1 se puso de nuevo en cola; se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Item:     %1</source>
        <translation>Elemento: %1</translation>
    </message>
    <message>
        <source>Kind:     %1</source>
        <translation>Tipo:     %1</translation>
    </message>
    <message>
        <source>About:    %1</source>
        <translation>Destino:  %1</translation>
    </message>
    <message>
        <source>State:    %1</source>
        <translation>Estado:   %1</translation>
    </message>
    <message>
        <source>Reason:   %1</source>
        <translation>Motivo:   %1</translation>
    </message>
    <message>
        <source>On the forum: post %1</source>
        <translation>En el foro: publicación %1</translation>
    </message>
    <message>
        <source>Title:    %1</source>
        <translation>Título:   %1</translation>
    </message>
    <message>
        <source>Your text:</source>
        <translation>Tu texto:</translation>
    </message>
    <message>
        <source>The forum&apos;s text (version %1):</source>
        <translation>El texto del foro (versión %1):</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n item(s).</source>
        <translation>
            <numerusform>Se envió %n elemento.</numerusform>
            <numerusform>Se enviaron %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;outpost-cli outbox&apos; lists them with the forum&apos;s reasons.</source>
        <translation>&apos;outpost-cli outbox&apos; los muestra con los motivos del foro.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::OutboxText</name>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>no se puede leer &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than 4 MB; that is not the text of a post</source>
        <translation>&apos;%1&apos; ocupa más de 4 MB; eso no es el texto de una publicación</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>&apos;%1&apos; no es texto UTF-8; guárdalo como UTF-8 y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>the text is empty; there is nothing to send</source>
        <translation>el texto está vacío; no hay nada que enviar</translation>
    </message>
    <message numerus="yes">
        <source>note: forums usually refuse posts shorter than %n characters; it is queued anyway, and the forum will say.</source>
        <translation>
            <numerusform>nota: los foros suelen rechazar publicaciones de menos de %n carácter; se pone en cola igualmente y el foro dirá si la acepta.</numerusform>
            <numerusform>nota: los foros suelen rechazar publicaciones de menos de %n caracteres; se pone en cola igualmente y el foro dirá si la acepta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: forums usually refuse posts longer than %n characters; it is queued anyway, and the forum will say.</source>
        <translation>
            <numerusform>nota: los foros suelen rechazar publicaciones de más de %n carácter; se pone en cola igualmente y el foro dirá si la acepta.</numerusform>
            <numerusform>nota: los foros suelen rechazar publicaciones de más de %n caracteres; se pone en cola igualmente y el foro dirá si la acepta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: forums usually refuse titles shorter than %n characters; it is queued anyway, and the forum will say.</source>
        <translation>
            <numerusform>nota: los foros suelen rechazar títulos de menos de %n carácter; se pone en cola igualmente y el foro dirá si lo acepta.</numerusform>
            <numerusform>nota: los foros suelen rechazar títulos de menos de %n caracteres; se pone en cola igualmente y el foro dirá si lo acepta.</numerusform>
        </translation>
    </message>
    <message>
        <source>reply</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>new topic</source>
        <translation>tema nuevo</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>edición</translation>
    </message>
    <message>
        <source>like</source>
        <translation>me gusta</translation>
    </message>
    <message>
        <source>queued (checking)</source>
        <translation>en cola (comprobando)</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>sent (awaiting approval)</source>
        <translation>enviado (pendiente de aprobación)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>needs attention (conflict)</source>
        <translation>requiere atención (conflicto)</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>requiere atención</translation>
    </message>
    <message>
        <source>after new topic %1</source>
        <translation>tras el tema nuevo %1</translation>
    </message>
    <message>
        <source>topic %1, post %2</source>
        <extracomment>%1 is a topic id, %2 a post number in it</extracomment>
        <translation>tema %1, publicación %2</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>tema %1</translation>
    </message>
    <message>
        <source>“%1” in category %2</source>
        <extracomment>%1 is a topic title, %2 a category id</extracomment>
        <translation>«%1» en la categoría %2</translation>
    </message>
    <message>
        <source>post %1</source>
        <translation>publicación %1</translation>
    </message>
</context>
<context>
    <name>outpost::cli::ReadCommands</name>
    <message>
        <source>List the forum&apos;s categories; followed ones are marked.</source>
        <translation>Lista las categorías del foro; las seguidas aparecen marcadas.</translation>
    </message>
    <message>
        <source>&apos;categories&apos; takes no arguments</source>
        <translation>&apos;categories&apos; no admite argumentos</translation>
    </message>
    <message>
        <source>No categories in the offline copy yet: run &apos;outpost-cli sync&apos;.</source>
        <translation>Aún no hay categorías en la copia local: ejecuta &apos;outpost-cli sync&apos;.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>TOPICS</source>
        <extracomment>Column: topics cached offline / topics on the forum.</extracomment>
        <translation>TEMAS</translation>
    </message>
    <message>
        <source>FOLLOWED</source>
        <translation>SEGUIDA</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>List cached topics, newest activity first.</source>
        <translation>Lista los temas en caché, primero los de actividad más reciente.</translation>
    </message>
    <message>
        <source>Only this category and its subcategories.</source>
        <translation>Solo esta categoría y sus subcategorías.</translation>
    </message>
    <message>
        <source>At most N topics (default 50; 0 for all).</source>
        <translation>Como máximo N temas (predeterminado: 50; 0 para todos).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&apos;topics&apos; takes no arguments, only options</source>
        <translation>&apos;topics&apos; no admite argumentos, solo opciones</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category id</source>
        <translation>&apos;%1&apos; no es un ID de categoría</translation>
    </message>
    <message>
        <source>--limit needs a number, 0 or more</source>
        <translation>--limit necesita un número, 0 o mayor</translation>
    </message>
    <message>
        <source>No topics in the offline copy yet: follow categories and run &apos;outpost-cli sync&apos;.</source>
        <translation>Aún no hay temas en la copia local: sigue categorías y ejecuta &apos;outpost-cli sync&apos;.</translation>
    </message>
    <message>
        <source>Show a cached topic, post by post.</source>
        <translation>Muestra un tema en caché, publicación por publicación.</translation>
    </message>
    <message>
        <source>&apos;thread&apos; needs one topic id</source>
        <translation>&apos;thread&apos; necesita un ID de tema</translation>
    </message>
    <message>
        <source>topic %1 is not in the offline copy; fetch it with &apos;outpost-cli sync --topic %1&apos;</source>
        <translation>el tema %1 no está en la copia local; descárgalo con &apos;outpost-cli sync --topic %1&apos;</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 posts cached</source>
        <extracomment>Under a thread&apos;s title: %1 category, %2 posts cached, %3 posts on the forum.</extracomment>
        <translation>%1 · %2 de %3 publicaciones en caché</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>categoría %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>edited</source>
        <extracomment>After a post&apos;s date: it was edited.</extracomment>
        <translation>editada</translation>
    </message>
    <message>
        <source>No post of this topic is cached; fetch it with &apos;outpost-cli sync --topic %1&apos;.</source>
        <translation>No hay ninguna publicación de este tema en caché; descárgalo con &apos;outpost-cli sync --topic %1&apos;.</translation>
    </message>
    <message>
        <source>What is new since the previous sync, and the forum&apos;s top topics.</source>
        <translation>Lo nuevo desde la sincronización anterior y los temas destacados del foro.</translation>
    </message>
    <message>
        <source>&apos;digest&apos; takes no arguments</source>
        <translation>&apos;digest&apos; no admite argumentos</translation>
    </message>
    <message>
        <source>No digest yet: run &apos;outpost-cli sync&apos;.</source>
        <translation>Aún no hay resumen: ejecuta &apos;outpost-cli sync&apos;.</translation>
    </message>
    <message>
        <source>Digest of %1, since %2</source>
        <translation>Resumen de %1, desde %2</translation>
    </message>
    <message>
        <source>New topics</source>
        <translation>Temas nuevos</translation>
    </message>
    <message>
        <source>Topics with new posts</source>
        <translation>Temas con publicaciones nuevas</translation>
    </message>
    <message>
        <source>Top topics of the week</source>
        <translation>Temas destacados de la semana</translation>
    </message>
    <message>
        <source>Top topics of the month</source>
        <translation>Temas destacados del mes</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Search the cached posts (accents and case do not matter).</source>
        <translation>Busca en las publicaciones en caché (no importan los acentos ni las mayúsculas).</translation>
    </message>
    <message>
        <source>Only in this category.</source>
        <translation>Solo en esta categoría.</translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation>Como máximo N resultados (predeterminado: 20).</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs something to look for</source>
        <translation>&apos;search&apos; necesita algo que buscar</translation>
    </message>
    <message>
        <source>--limit needs a number above 0</source>
        <translation>--limit necesita un número mayor que 0</translation>
    </message>
    <message>
        <source>Nothing in the offline copy matches “%1”.</source>
        <translation>Nada en la copia local coincide con «%1».</translation>
    </message>
    <message>
        <source>%1 (topic %2, #%3 by %4, %5)</source>
        <extracomment>A search result&apos;s heading: %1 title, %2 topic id, %3 post number, %4 author, %5 when.</extracomment>
        <translation>%1 (tema %2, #%3 de %4, %5)</translation>
    </message>
    <message>
        <source>Per forum: last sync, followed categories, what is cached, the outbox.</source>
        <translation>Por foro: última sincronización, categorías seguidas, lo que hay en caché y la bandeja de salida.</translation>
    </message>
    <message>
        <source>&apos;status&apos; takes no arguments</source>
        <translation>&apos;status&apos; no admite argumentos</translation>
    </message>
    <message>
        <source>No forum yet. Add one with &apos;outpost-cli forum add URL&apos;.</source>
        <translation>Aún no hay ningún foro. Añade uno con &apos;outpost-cli forum add URL&apos;.</translation>
    </message>
    <message>
        <source>%1 (default) — %2</source>
        <translation>%1 (predeterminado) — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (stopped early; last complete: %2)</source>
        <extracomment>After the time of the last sync, when it stopped early.</extracomment>
        <translation>%1 (se detuvo antes de tiempo; última completa: %2)</translation>
    </message>
    <message>
        <source>last sync:</source>
        <extracomment>Labels of &apos;outpost-cli status&apos;, aligned in a column.</extracomment>
        <translation>sincronización:</translation>
    </message>
    <message>
        <source>following:</source>
        <translation>siguiendo:</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>ninguna categoría</translation>
    </message>
    <message>
        <source>offline copy:</source>
        <translation>copia local:</translation>
    </message>
    <message>
        <source>%1 topics, %2 posts, %3</source>
        <translation>%1 temas, %2 publicaciones, %3</translation>
    </message>
    <message>
        <source>outbox:</source>
        <translation>por enviar:</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en espera</translation>
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
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>POSTS</source>
        <extracomment>Column of cached/total posts, e.g. &quot;12/14&quot;.</extracomment>
        <translation>PUBLICACIONES</translation>
    </message>
    <message>
        <source>UNREAD</source>
        <translation>SIN LEER</translation>
    </message>
    <message>
        <source>ACTIVITY</source>
        <translation>ACTIVIDAD</translation>
    </message>
    <message>
        <source>%1 [closed]</source>
        <extracomment>A closed topic&apos;s title in lists.</extracomment>
        <translation>%1 [cerrado]</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>A topic never opened, in the UNREAD column.</extracomment>
        <translation>nuevo</translation>
    </message>
</context>
<context>
    <name>outpost::cli::ReplyCommand</name>
    <message>
        <source>Queue a reply to a topic (sent on the next sync).</source>
        <translation>Pone en cola una respuesta a un tema (se envía en la próxima sincronización).</translation>
    </message>
    <message>
        <source>reply TOPIC_ID (--file FILE | -) [--to POST_NUMBER]</source>
        <translation>reply TOPIC_ID (--file FILE | -) [--to POST_NUMBER]</translation>
    </message>
    <message>
        <source>reply NEW_TOPIC_OUTBOX_ID (--file FILE | -)</source>
        <translation>reply NEW_TOPIC_OUTBOX_ID (--file FILE | -)</translation>
    </message>
    <message>
        <source>Reply to this post of the topic.</source>
        <translation>Responde a esta publicación del tema.</translation>
    </message>
    <message>
        <source>POST_NUMBER</source>
        <translation>POST_NUMBER</translation>
    </message>
    <message>
        <source>reply needs a topic id, then the text</source>
        <translation>reply necesita un ID de tema y después el texto</translation>
    </message>
    <message>
        <source>--to needs a post number (1, 2, ...)</source>
        <translation>--to necesita un número de publicación (1, 2, ...)</translation>
    </message>
    <message>
        <source>Queued the reply to topic %1 as %2; it will be sent on the next sync.</source>
        <translation>Se puso en cola la respuesta al tema %1 como %2; se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several outbox items; give more of the id</source>
        <translation>&apos;%1&apos; coincide con varios elementos de la bandeja de salida; indica más caracteres del ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a topic id nor a new topic in the outbox</source>
        <translation>&apos;%1&apos; no es un ID de tema ni un tema nuevo de la bandeja de salida</translation>
    </message>
    <message>
        <source>Queued the reply as %1; it will be sent on the next sync, after the new topic %2.</source>
        <translation>Se puso en cola la respuesta como %1; se enviará en la próxima sincronización, después del tema nuevo %2.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::SyncCommands</name>
    <message>
        <source>[%1/%2 topics, %3] %4</source>
        <extracomment>The sync&apos;s progress line: %1/%2 topics done/planned, %3 bytes downloaded, %4 what it is doing.</extracomment>
        <translation>[%1/%2 temas, %3] %4</translation>
    </message>
    <message>
        <source>Cancelling: finishing what is being saved …</source>
        <translation>Cancelando: terminando de guardar lo que está en curso …</translation>
    </message>
    <message>
        <source>Pull the followed categories and the digest into the offline copy.</source>
        <translation>Trae las categorías seguidas y el resumen a la copia local.</translation>
    </message>
    <message>
        <source>Also fetch one more window of older topics of this category (repeatable).</source>
        <translation>Descarga también otro tramo de temas más antiguos de esta categoría (se puede repetir).</translation>
    </message>
    <message>
        <source>CATEGORY_ID</source>
        <translation>CATEGORY_ID</translation>
    </message>
    <message>
        <source>Also fetch this whole thread now, first (repeatable).</source>
        <translation>Descarga también este tema completo ahora, antes que lo demás (se puede repetir).</translation>
    </message>
    <message>
        <source>TOPIC_ID</source>
        <translation>TOPIC_ID</translation>
    </message>
    <message>
        <source>&apos;sync&apos; takes no arguments, only options</source>
        <translation>&apos;sync&apos; no admite argumentos, solo opciones</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category id</source>
        <translation>&apos;%1&apos; no es un ID de categoría</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a topic id</source>
        <translation>&apos;%1&apos; no es un ID de tema</translation>
    </message>
    <message>
        <source>Synced “%1” in %2.</source>
        <translation>Se sincronizó «%1» en %2.</translation>
    </message>
    <message>
        <source>Synced part of “%1” in %2.</source>
        <translation>Se sincronizó parte de «%1» en %2.</translation>
    </message>
    <message>
        <source>topics updated:</source>
        <extracomment>Labels of the sync summary, aligned in a column.</extracomment>
        <translation>temas actualizados:</translation>
    </message>
    <message>
        <source>posts:</source>
        <translation>publicaciones:</translation>
    </message>
    <message>
        <source>%1 new, %2 edited, %3 deleted</source>
        <translation>%1 nuevas, %2 editadas, %3 eliminadas</translation>
    </message>
    <message>
        <source>requests:</source>
        <translation>solicitudes:</translation>
    </message>
    <message>
        <source>%1 (%2 down, %3 up)</source>
        <translation>%1 (%2 de bajada, %3 de subida)</translation>
    </message>
    <message>
        <source>Problems (the next sync tries again):</source>
        <translation>Problemas (la próxima sincronización lo vuelve a intentar):</translation>
    </message>
    <message>
        <source>You follow no category of this forum yet, so only its categories and the digest were synced. &apos;outpost-cli categories&apos; lists them; &apos;outpost-cli follow ID&apos; picks the ones to keep offline.</source>
        <translation>Aún no sigues ninguna categoría de este foro, así que solo se sincronizaron sus categorías y el resumen. &apos;outpost-cli categories&apos; las muestra; &apos;outpost-cli follow ID&apos; elige las que se guardan sin conexión.</translation>
    </message>
</context>
<context>
    <name>outpost::discourse</name>
    <message>
        <source>The forum asked Outpost to slow down. Try again in a little while.</source>
        <translation>El foro pidió a Outpost que fuera más despacio. Vuelve a intentarlo dentro de un rato.</translation>
    </message>
    <message>
        <source>The forum limits what new members can post: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>El foro limita lo que pueden publicar los miembros nuevos: %1</translation>
    </message>
    <message>
        <source>The forum is in read-only mode, usually for maintenance or a backup. Try again later.</source>
        <translation>El foro está en modo de solo lectura, normalmente por mantenimiento o por una copia de seguridad. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The forum refused your sign-in key; sign in again.</source>
        <translation>El foro rechazó tu clave de inicio de sesión; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The forum did not allow this: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>El foro no permitió esto: %1</translation>
    </message>
    <message>
        <source>The forum did not accept this because the topic has been closed or deleted.</source>
        <translation>El foro no aceptó esto porque el tema se cerró o se eliminó.</translation>
    </message>
    <message>
        <source>The forum could not find this. It may have been deleted or made private.</source>
        <translation>El foro no encontró esto. Es posible que se haya eliminado o hecho privado.</translation>
    </message>
    <message>
        <source>The forum ran into an internal error (HTTP %1). Try again later; if it keeps happening, tell the forum&apos;s administrators.</source>
        <extracomment>%1 is an HTTP status code, e.g. 502</extracomment>
        <translation>El foro tuvo un error interno (HTTP %1). Vuelve a intentarlo más tarde; si sigue pasando, avisa a los administradores del foro.</translation>
    </message>
    <message>
        <source>The forum&apos;s server is not answering properly right now (HTTP %1). Try again later.</source>
        <extracomment>%1 is an HTTP status code, e.g. 502</extracomment>
        <translation>El servidor del foro no responde correctamente en este momento (HTTP %1). Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The forum refused this because it is too short: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>El foro rechazó esto por ser demasiado corto: %1</translation>
    </message>
    <message>
        <source>The forum refused this as a repeat of something you posted a few minutes ago: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>El foro rechazó esto por repetir algo que publicaste hace unos minutos: %1</translation>
    </message>
    <message>
        <source>The forum asked you to wait: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>El foro te pidió que esperes: %1</translation>
    </message>
    <message>
        <source>The forum did not accept this: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>El foro no aceptó esto: %1</translation>
    </message>
    <message>
        <source>The forum refused the request (HTTP %1).</source>
        <extracomment>%1 is an HTTP status code, e.g. 502</extracomment>
        <translation>El foro rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>The forum sent an empty answer. Try again later.</source>
        <translation>El foro envió una respuesta vacía. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>A web page answered instead of the forum. If you are on a hotel or public network, open a browser to sign in to the network, then try again.</source>
        <translation>Respondió una página web en lugar del foro. Si estás en la red de un hotel o en una red pública, abre un navegador para iniciar sesión en la red y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The forum&apos;s answer was cut off, probably by a dropped connection. Try again.</source>
        <translation>La respuesta del foro llegó cortada, probablemente por una caída de la conexión. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The forum sent an answer Outpost cannot read. The forum may run a version Outpost does not support yet.</source>
        <translation>El foro envió una respuesta que Outpost no puede leer. Es posible que el foro use una versión que Outpost aún no admite.</translation>
    </message>
    <message>
        <source>[Image: %1, %2×%3]</source>
        <extracomment>Placeholder for an image of a post; %1 is its description, %2×%3 its size in pixels</extracomment>
        <translation>[Imagen: %1, %2×%3]</translation>
    </message>
    <message>
        <source>[Image: %1]</source>
        <extracomment>Placeholder for an image of a post; %1 is its description</extracomment>
        <translation>[Imagen: %1]</translation>
    </message>
    <message>
        <source>[Image, %1×%2]</source>
        <extracomment>Placeholder for an image of a post without description; %1×%2 is its size in pixels</extracomment>
        <translation>[Imagen, %1×%2]</translation>
    </message>
    <message>
        <source>[Image]</source>
        <extracomment>Placeholder for an image of a post without description or size</extracomment>
        <translation>[Imagen]</translation>
    </message>
    <message>
        <source>Quote:</source>
        <extracomment>Above quoted text whose author is unknown</extracomment>
        <translation>Cita:</translation>
    </message>
    <message>
        <source>%1 said:</source>
        <extracomment>Above quoted text; %1 is the username of the person quoted</extracomment>
        <translation>%1 dijo:</translation>
    </message>
    <message>
        <source>This post is too long to show in full here.</source>
        <translation>Esta publicación es demasiado larga para mostrarla completa aquí.</translation>
    </message>
    <message numerus="yes">
        <source>Table shortened: %n more row(s) not shown.</source>
        <translation>
            <numerusform>Tabla recortada: no se muestra %n fila más.</numerusform>
            <numerusform>Tabla recortada: no se muestran %n filas más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::forums</name>
    <message>
        <source>Type the address of the forum, for example community.dhis2.org.</source>
        <translation>Escribe la dirección del foro, por ejemplo community.dhis2.org.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Type it as it appears in your browser, for example community.dhis2.org.</source>
        <translation>«%1» no es una dirección web. Escríbela tal como aparece en tu navegador, por ejemplo community.dhis2.org.</translation>
    </message>
    <message>
        <source>Outpost opens forums over https (or http). “%1” is neither.</source>
        <translation>Outpost abre los foros mediante https (o http). «%1» no usa ninguno de los dos.</translation>
    </message>
    <message>
        <source>Leave the name and password out of the address; public forums need neither.</source>
        <translation>No incluyas el nombre ni la contraseña en la dirección; los foros públicos no los necesitan.</translation>
    </message>
    <message>
        <source>Outpost could not reach the forum. Check the address and your connection, then try again.</source>
        <translation>Outpost no pudo contactar con el foro. Comprueba la dirección y tu conexión, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This forum shows its categories only to members who are signed in. Outpost cannot sign in yet, so it cannot follow this forum.</source>
        <translation>Este foro solo muestra sus categorías a los miembros que han iniciado sesión. Outpost aún no puede iniciar sesión, así que no puede seguir este foro.</translation>
    </message>
    <message>
        <source>There is no Discourse forum at this address. Check it against the one in your browser.</source>
        <translation>No hay ningún foro de Discourse en esta dirección. Compárala con la de tu navegador.</translation>
    </message>
    <message>
        <source>This address answered, but not as a Discourse forum does. Check that it is the forum&apos;s own address.</source>
        <translation>Esta dirección respondió, pero no como lo hace un foro de Discourse. Comprueba que sea la dirección del propio foro.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::AboutDialog</name>
    <message>
        <source>Made by</source>
        <translation>Hecho por</translation>
    </message>
    <message>
        <source>Translated by</source>
        <translation>Traducido por</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A language and the people who translated Outpost into it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These languages wait for their first credited translator: %1. translations/TRANSLATING.md says how to help.</source>
        <translation>Estos idiomas esperan a su primer traductor acreditado: %1. translations/TRANSLATING.md explica cómo ayudar.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Hecho con</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A library Outpost uses, and its licence</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About Outpost</source>
        <translation>Acerca de Outpost</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Read, search and follow Discourse forums, also offline: made for slow, costly and intermittent connections.</source>
        <translation>Lee, busca y sigue foros de Discourse, también sin conexión: pensado para conexiones lentas, caras e intermitentes.</translation>
    </message>
    <message>
        <source>Outpost is free software under the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty.</source>
        <extracomment>%1 is the licence&apos;s SPDX name (GPL-3.0-or-later)</extracomment>
        <translation>Outpost es software libre bajo la Licencia Pública General de GNU, versión 3 o (a tu elección) cualquier versión posterior (%1). Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;Credits</source>
        <translation>&amp;Créditos</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licencia</translation>
    </message>
</context>
<context>
    <name>outpost::gui::AccountController</name>
    <message>
        <source>Looking for your sign-in…</source>
        <translation>Buscando tu inicio de sesión…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin iniciar sesión</translation>
    </message>
    <message>
        <source>Signed in (for this run only)</source>
        <translation>Sesión iniciada (solo durante esta ejecución)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Signed in as %1 (for this run only)</source>
        <extracomment>%1 is the person&apos;s username on the forum</extracomment>
        <translation>Sesión iniciada como %1 (solo durante esta ejecución)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation>Hay que iniciar sesión</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Cerrando sesión…</translation>
    </message>
    <message>
        <source>You are signed in as %1.</source>
        <translation>Has iniciado sesión como %1.</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>No tienes conexión.</translation>
    </message>
    <message>
        <source>You are signed out on this computer, but the forum could not be told to revoke the key (%1). Revoke it in your preferences on the forum, under Apps, when you are online.</source>
        <translation>Cerraste la sesión en este equipo, pero no se pudo pedir al foro que revocara la clave (%1). Revócala en tus preferencias del foro, en Aplicaciones, cuando tengas conexión.</translation>
    </message>
    <message>
        <source>You are signed out of %1. Your drafts and outbox are kept.</source>
        <extracomment>%1 is the forum&apos;s name</extracomment>
        <translation>Cerraste la sesión en %1. Tus borradores y tu bandeja de salida se conservan.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::AccountStatus</name>
    <message>
        <source>Sign In…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Public forums work without signing in. To post, like and see your watched categories, sign in.</source>
        <translation>Los foros públicos funcionan sin iniciar sesión. Para publicar, dar «Me gusta» y ver tus categorías vigiladas, inicia sesión.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::AppCommandLine</name>
    <message>
        <source>Outpost: read, search and follow a Discourse forum, also offline.</source>
        <translation>Outpost: lee, busca y sigue un foro de Discourse, también sin conexión.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Where the cache and settings live (default: $OUTPOST_PROFILE, else the platform&apos;s application data folder).</source>
        <translation>Dónde se guardan la caché y la configuración (predeterminado: $OUTPOST_PROFILE o, si no, la carpeta de datos de aplicaciones de la plataforma).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Show the main window for about a second and quit (for packaging checks).</source>
        <translation>Muestra la ventana principal durante un segundo aproximadamente y se cierra (para comprobaciones de empaquetado).</translation>
    </message>
    <message>
        <source>Add this forum (or open it, if it is already added) and skip the first-start questions.</source>
        <translation>Añade este foro (o lo abre, si ya está añadido) y omite las preguntas del primer inicio.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --add-forum: follow these categories, by id.</source>
        <translation>Con --add-forum: sigue estas categorías, por ID.</translation>
    </message>
    <message>
        <source>ID,ID…</source>
        <translation>ID,ID…</translation>
    </message>
    <message>
        <source>outpost: %1</source>
        <translation>outpost: %1</translation>
    </message>
    <message>
        <source>Try &apos;outpost --help&apos; for more information.</source>
        <translation>Prueba &apos;outpost --help&apos; para más información.</translation>
    </message>
    <message>
        <source>outpost: unexpected argument &apos;%1&apos;</source>
        <translation>outpost: argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>outpost: --follow needs --add-forum URL</source>
        <translation>outpost: --follow necesita --add-forum URL</translation>
    </message>
    <message>
        <source>outpost: &apos;%1&apos; is not a category id (a positive number)</source>
        <translation>outpost: &apos;%1&apos; no es un ID de categoría (un número positivo)</translation>
    </message>
    <message>
        <source>Show Outpost in this language for this run (fr, es, pt, ar, en, or pseudo to test translations); default: $OUTPOST_LANG, else the language chosen in the settings, else the system&apos;s.</source>
        <translation>Mostrar Outpost en este idioma solo durante esta ejecución (fr, es, pt, ar, en, o pseudo para probar las traducciones); predeterminado: $OUTPOST_LANG o, si no, el idioma elegido en la configuración o, si no, el del sistema.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>outpost: --lang needs a language code such as fr or ar</source>
        <translation>outpost: --lang necesita un código de idioma, como fr o ar</translation>
    </message>
</context>
<context>
    <name>outpost::gui::CategoriesPage</name>
    <message>
        <source>Which categories do you follow?</source>
        <translation>¿Qué categorías sigues?</translation>
    </message>
    <message>
        <source>Outpost downloads the topics of the categories you follow. You can change this any time with the stars in the sidebar.</source>
        <translation>Outpost descarga los temas de las categorías que sigues. Puedes cambiarlo cuando quieras con las estrellas de la barra lateral.</translation>
    </message>
    <message>
        <source>Categories to follow</source>
        <translation>Categorías que seguir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todas</translation>
    </message>
    <message>
        <source>Select None</source>
        <translation>No seleccionar ninguna</translation>
    </message>
</context>
<context>
    <name>outpost::gui::CategoryChoiceModel</name>
    <message numerus="yes">
        <source>%1 (%n topic(s))</source>
        <extracomment>A category to choose on first start: %1 its name, then its number of topics</extracomment>
        <translation>
            <numerusform>%1 (%n tema)</numerusform>
            <numerusform>%1 (%n temas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n topic(s)</source>
        <translation>
            <numerusform>%1, %n tema</numerusform>
            <numerusform>%1, %n temas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::CategoryTreeModel</name>
    <message>
        <source>%1, followed</source>
        <extracomment>Spoken description of a category in the sidebar; %1 is its name, then counts</extracomment>
        <translation>%1, seguida</translation>
    </message>
    <message>
        <source>%1, not followed</source>
        <translation>%1, no seguida</translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s)</source>
        <translation>
            <numerusform>%n tema nuevo</numerusform>
            <numerusform>%n temas nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread topic(s)</source>
        <translation>
            <numerusform>%n tema sin leer</numerusform>
            <numerusform>%n temas sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>What’s new</source>
        <extracomment>Sidebar entry: the digest of what changed since the last visit</extracomment>
        <translation>Novedades</translation>
    </message>
    <message>
        <source>Followed topics</source>
        <extracomment>Sidebar entry: the topics of every followed category together</extracomment>
        <translation>Temas seguidos</translation>
    </message>
    <message>
        <source>New topics since your last visit, and the week’s and month’s top topics</source>
        <translation>Temas nuevos desde tu última visita y los temas destacados de la semana y del mes</translation>
    </message>
    <message>
        <source>The newest topics of every category you follow</source>
        <translation>Los temas más recientes de todas las categorías que sigues</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) downloaded</source>
        <translation>
            <numerusform>%n tema descargado</numerusform>
            <numerusform>%n temas descargados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) with unread posts</source>
        <translation>
            <numerusform>%n tema con publicaciones sin leer</numerusform>
            <numerusform>%n temas con publicaciones sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
</context>
<context>
    <name>outpost::gui::CategoryTreeView</name>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Stop following this category</source>
        <translation>Dejar de seguir esta categoría</translation>
    </message>
    <message>
        <source>Follow this category</source>
        <translation>Seguir esta categoría</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ComposeController</name>
    <message>
        <source>Add a forum first.</source>
        <translation>Primero añade un foro.</translation>
    </message>
    <message>
        <source>You can only edit your own posts.</source>
        <translation>Solo puedes editar tus propias publicaciones.</translation>
    </message>
    <message>
        <source>The post’s original Markdown is not downloaded, so the edit starts from its text: check links and formatting before sending.</source>
        <translation>El Markdown original de la publicación no está descargado, así que la edición parte de su texto: revisa los enlaces y el formato antes de enviarla.</translation>
    </message>
    <message>
        <source>That draft is gone: it was sent or deleted.</source>
        <translation>Ese borrador ya no existe: se envió o se eliminó.</translation>
    </message>
    <message>
        <source>You already like this post.</source>
        <translation>Ya le diste «Me gusta» a esta publicación.</translation>
    </message>
    <message>
        <source>You cannot like your own post.</source>
        <translation>No puedes dar «Me gusta» a tu propia publicación.</translation>
    </message>
    <message>
        <source>Your like of this post is already in the outbox.</source>
        <translation>Tu «Me gusta» a esta publicación ya está en la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ComposerWindow</name>
    <message>
        <source>Your words are saved as a draft as you type.</source>
        <translation>Lo que escribes se guarda como borrador mientras escribes.</translation>
    </message>
    <message>
        <source>%1 — Outpost</source>
        <translation>%1 — Outpost</translation>
    </message>
    <message>
        <source>You are editing version %1 of your post. If someone changes it on the forum before your edit goes out, Outpost shows you both texts and lets you choose.</source>
        <translation>Estás editando la versión %1 de tu publicación. Si alguien la modifica en el foro antes de que se envíe tu edición, Outpost te muestra ambos textos y te deja elegir.</translation>
    </message>
    <message>
        <source>If someone changes your post on the forum before your edit goes out, Outpost shows you both texts and lets you choose.</source>
        <translation>Si alguien modifica tu publicación en el foro antes de que se envíe tu edición, Outpost te muestra ambos textos y te deja elegir.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What is the topic about, in a sentence?</source>
        <translation>¿De qué trata el tema, en una frase?</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Your post, in Markdown</source>
        <extracomment>Accessible name of the composer&apos;s text field</extracomment>
        <translation>Tu publicación, en Markdown</translation>
    </message>
    <message>
        <source>Write in Markdown: **bold**, *italic*, `code`, &gt; quote, - list, @name to mention someone.</source>
        <translation>Escribe en Markdown: **negrita**, *cursiva*, `código`, &gt; cita, - lista, @nombre para mencionar a alguien.</translation>
    </message>
    <message>
        <source>Preview: how the forum will show it</source>
        <translation>Vista previa: cómo lo mostrará el foro</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview of your post</source>
        <extracomment>Accessible name of the composer&apos;s preview of the post</extracomment>
        <translation>Vista previa de tu publicación</translation>
    </message>
    <message>
        <source>Hide &amp;Preview</source>
        <translation>Ocultar &amp;vista previa</translation>
    </message>
    <message>
        <source>Show or hide the preview (Ctrl+Shift+P)</source>
        <translation>Mostrar u ocultar la vista previa (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Delete Draft…</source>
        <translation>E&amp;liminar borrador…</translation>
    </message>
    <message>
        <source>Throw these words away</source>
        <translation>Descartar este texto</translation>
    </message>
    <message>
        <source>Keep as Draft &amp;&amp; C&amp;lose</source>
        <translation>Guardar borrador y ce&amp;rrar</translation>
    </message>
    <message>
        <source>Close the window; the draft stays in Drafts (Esc)</source>
        <translation>Cerrar la ventana; el borrador se queda en Borradores (Esc)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Put it in the outbox; it goes to the forum as soon as the link allows (Ctrl+Enter)</source>
        <translation>Ponerla en la bandeja de salida; se envía al foro en cuanto la conexión lo permita (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Show or hide the preview</source>
        <translation>Mostrar u ocultar la vista previa</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>Keep as draft and close</source>
        <translation>Guardar borrador y cerrar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>Mostrar &amp;vista previa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Show or Hide Preview</source>
        <translation>Mostrar u ocultar vista previa</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <extracomment>The first entry of the composer&apos;s category chooser</extracomment>
        <translation>Elige una categoría…</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <extracomment>A subcategory in the category chooser; %1 the parent&apos;s name, %2 its own</extracomment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <extracomment>The composer&apos;s status line; %1 is a time of day</extracomment>
        <translation>Borrador guardado (%1).</translation>
    </message>
    <message>
        <source>You are offline. Send puts your post in the outbox; it goes out when the connection returns.</source>
        <translation>Estás sin conexión. «Enviar» pone tu publicación en la bandeja de salida; se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>Delete this draft? Its words cannot be brought back.</source>
        <translation>¿Eliminar este borrador? Su texto no se podrá recuperar.</translation>
    </message>
    <message>
        <source>Draft Not Saved</source>
        <translation>Borrador no guardado</translation>
    </message>
    <message>
        <source>Your draft could not be saved, so closing this window would lose what you wrote. Close it anyway?</source>
        <translation>No se pudo guardar tu borrador, así que si cierras esta ventana perderás lo que escribiste. ¿Cerrarla de todos modos?</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DigestModel</name>
    <message>
        <source>New topics</source>
        <extracomment>Digest section: topics created since the previous sync</extracomment>
        <translation>Temas nuevos</translation>
    </message>
    <message>
        <source>New replies</source>
        <extracomment>Digest section: older topics that got new posts since the previous sync</extracomment>
        <translation>Respuestas nuevas</translation>
    </message>
    <message>
        <source>Top this week</source>
        <translation>Destacados de la semana</translation>
    </message>
    <message>
        <source>Top this month</source>
        <translation>Destacados del mes</translation>
    </message>
    <message>
        <source>%1, new</source>
        <translation>%1, nuevo</translation>
    </message>
    <message>
        <source>%1
Last activity: %2</source>
        <translation>%1
Última actividad: %2</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DigestView</name>
    <message>
        <source>What’s new</source>
        <translation>Novedades</translation>
    </message>
    <message>
        <source>The digest is made at each sync: what is new since the sync before, and the week’s and month’s top topics. Sync to make the first one.</source>
        <translation>El resumen se crea en cada sincronización: lo nuevo desde la sincronización anterior y los temas destacados de la semana y del mes. Sincroniza para crear el primero.</translation>
    </message>
    <message>
        <source>Since %1. Made %2; readable offline.</source>
        <translation>Desde %1. Creado %2; disponible sin conexión.</translation>
    </message>
    <message>
        <source>Made %1; readable offline.</source>
        <translation>Creado %1; disponible sin conexión.</translation>
    </message>
    <message>
        <source>Nothing new since the sync before.</source>
        <translation>Nada nuevo desde la sincronización anterior.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DraftController</name>
    <message>
        <source>Write something first: there is nothing to send.</source>
        <translation>Primero escribe algo: no hay nada que enviar.</translation>
    </message>
    <message>
        <source>A new topic needs a title.</source>
        <translation>Un tema nuevo necesita un título.</translation>
    </message>
    <message>
        <source>Choose the category the topic belongs in.</source>
        <translation>Elige la categoría a la que pertenece el tema.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DraftListModel</name>
    <message>
        <source>%1 (empty)</source>
        <extracomment>A draft in the drafts list; %1 is what it is (&quot;Reply to “Title”&quot;)</extracomment>
        <translation>%1 (vacío)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A draft in the drafts list; %1 is what it is (&quot;Reply to “Title”&quot;), %2 its first words</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DraftsView</name>
    <message>
        <source>No drafts. What you start writing is kept here until you send it.</source>
        <translation>No hay borradores. Lo que empiezas a escribir se guarda aquí hasta que lo envías.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>Abrir borrador</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>Delete this draft? Its words cannot be brought back.</source>
        <translation>¿Eliminar este borrador? Su texto no se podrá recuperar.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::FirstRunWizard</name>
    <message>
        <source>Welcome to Outpost</source>
        <translation>Te damos la bienvenida a Outpost</translation>
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
        <translation>&amp;Foro</translation>
    </message>
    <message>
        <source>&amp;Add a Forum…</source>
        <translation>&amp;Añadir un foro…</translation>
    </message>
    <message>
        <source>Add another Discourse forum to read offline</source>
        <translation>Añadir otro foro de Discourse para leerlo sin conexión</translation>
    </message>
    <message>
        <source>Re&amp;name Forum…</source>
        <translation>Re&amp;nombrar foro…</translation>
    </message>
    <message>
        <source>Give the open forum another name in Outpost</source>
        <translation>Dar otro nombre en Outpost al foro abierto</translation>
    </message>
    <message>
        <source>Re&amp;move Forum…</source>
        <translation>&amp;Quitar foro…</translation>
    </message>
    <message>
        <source>Remove the open forum and its offline copy from this computer</source>
        <translation>Quitar de este equipo el foro abierto y su copia sin conexión</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign in to the open forum with your account, to post and like</source>
        <translation>Iniciar sesión en el foro abierto con tu cuenta, para publicar y dar «Me gusta»</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Revoke Outpost&apos;s key on the forum and forget it here; drafts and the outbox stay</source>
        <translation>Revocar la clave de Outpost en el foro y olvidarla aquí; los borradores y la bandeja de salida se conservan</translation>
    </message>
    <message>
        <source>&amp;About Outpost</source>
        <translation>&amp;Acerca de Outpost</translation>
    </message>
    <message>
        <source>Version, licence and the people who made Outpost</source>
        <translation>Versión, licencia y las personas que hicieron Outpost</translation>
    </message>
    <message>
        <source>&amp;Sign In Again…</source>
        <translation>&amp;Volver a iniciar sesión…</translation>
    </message>
    <message>
        <source>Rename Forum</source>
        <translation>Renombrar foro</translation>
    </message>
    <message>
        <source>Name of %1 in Outpost:</source>
        <extracomment>%1 is the forum&apos;s address</extracomment>
        <translation>Nombre de %1 en Outpost:</translation>
    </message>
    <message>
        <source>Remove Forum</source>
        <translation>Quitar foro</translation>
    </message>
    <message numerus="yes">
        <source>“%1” still has %n draft(s) or unsent post(s) in the outbox. Send or delete them before removing the forum.</source>
        <extracomment>%1 is the forum&apos;s name</extracomment>
        <translation>
            <numerusform>«%1» aún tiene %n borrador o publicación sin enviar en la bandeja de salida. Envíalo o elimínalo antes de quitar el foro.</numerusform>
            <numerusform>«%1» aún tiene %n borradores o publicaciones sin enviar en la bandeja de salida. Envíalos o elimínalos antes de quitar el foro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” from Outpost?</source>
        <translation>¿Quitar «%1» de Outpost?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>The forum is syncing. Cancel the sync or let it finish, then remove the forum.</source>
        <translation>El foro se está sincronizando. Cancela la sincronización o deja que termine y luego quita el foro.</translation>
    </message>
    <message>
        <source>“%1” is removed, with its offline copy.</source>
        <extracomment>%1 is the forum&apos;s name</extracomment>
        <translation>Se quitó «%1», con su copia sin conexión.</translation>
    </message>
    <message>
        <source>Its offline copy on this computer is deleted. If you are signed in, Outpost first revokes its key on the forum and forgets your sign-in; nothing else changes on the forum.</source>
        <translation>Se borra su copia sin conexión en este equipo. Si has iniciado sesión, Outpost primero revoca su clave en el foro y olvida tu sesión; nada más cambia en el foro.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ForumPage</name>
    <message>
        <source>Which forum do you want to read?</source>
        <translation>¿Qué foro quieres leer?</translation>
    </message>
    <message>
        <source>Outpost keeps a copy of a Discourse forum on this computer, so you can read and search it without a connection. Public forums need no account.</source>
        <translation>Outpost guarda una copia de un foro de Discourse en este equipo, para que puedas leerlo y buscar en él sin conexión. Los foros públicos no necesitan cuenta.</translation>
    </message>
    <message>
        <source>DHIS2 Community of Practice (%1)</source>
        <extracomment>The forum offered first; %1 is its address</extracomment>
        <translation>DHIS2 Community of Practice (%1)</translation>
    </message>
    <message>
        <source>Another Discourse forum:</source>
        <translation>Otro foro de Discourse:</translation>
    </message>
    <message>
        <source>forum.example.org</source>
        <translation>forum.example.org</translation>
    </message>
    <message>
        <source>Address of the forum</source>
        <translation>Dirección del foro</translation>
    </message>
    <message>
        <source>Looking at the forum</source>
        <translation>Consultando el foro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>You seem to be offline. Outpost needs a connection once, to fetch the forum’s categories. Connect, then click Next.</source>
        <translation>Parece que no tienes conexión. Outpost necesita conectarse una vez para obtener las categorías del foro. Conéctate y haz clic en Siguiente.</translation>
    </message>
    <message>
        <source>Looking at %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <source>Found “%1”.</source>
        <translation>Se encontró «%1».</translation>
    </message>
    <message>
        <source>Click Next to try again.</source>
        <translation>Haz clic en Siguiente para volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ImageController</name>
    <message>
        <source>The downloaded picture is damaged.</source>
        <translation>La imagen descargada está dañada.</translation>
    </message>
    <message>
        <source>You are offline: the picture will download when you click it again online.</source>
        <translation>No tienes conexión: la imagen se descargará cuando vuelvas a hacer clic en ella con conexión.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Not downloaded: %1 Click to try again.</source>
        <translation>No se descargó: %1 Haz clic para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Not downloaded. Click to download it when you are online.</source>
        <translation>Sin descargar. Haz clic para descargarla cuando tengas conexión.</translation>
    </message>
    <message>
        <source>Not downloaded (%1). Click to download it when you are online.</source>
        <translation>Sin descargar (%1). Haz clic para descargarla cuando tengas conexión.</translation>
    </message>
    <message>
        <source>Not downloaded on a metered connection. Click to download.</source>
        <translation>No se descargó por estar en una conexión de uso medido. Haz clic para descargarla.</translation>
    </message>
    <message>
        <source>Not downloaded on a metered connection. Click to download (%1).</source>
        <translation>No se descargó por estar en una conexión de uso medido. Haz clic para descargarla (%1).</translation>
    </message>
    <message>
        <source>Click to download the picture.</source>
        <translation>Haz clic para descargar la imagen.</translation>
    </message>
    <message>
        <source>Click to download the picture (%1).</source>
        <translation>Haz clic para descargar la imagen (%1).</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
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
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <source>This link opens your e-mail program to write to:</source>
        <translation>Este enlace abre tu programa de correo electrónico para escribir a:</translation>
    </message>
    <message>
        <source>This link leaves Outpost and opens in your web browser:</source>
        <translation>Este enlace sale de Outpost y se abre en tu navegador web:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Do not ask again for links to %1</source>
        <translation>No volver a preguntar por los enlaces a %1</translation>
    </message>
    <message>
        <source>Write E-mail</source>
        <translation>Escribir correo</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Copiar dirección</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiada</translation>
    </message>
</context>
<context>
    <name>outpost::gui::MainActions</name>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Download what changed on the forum since the last sync</source>
        <translation>Descargar lo que cambió en el foro desde la última sincronización</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>&amp;Cancelar sincronización</translation>
    </message>
    <message>
        <source>Stop the sync; what arrived stays</source>
        <translation>Detener la sincronización; lo que ya llegó se conserva</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>What Outpost downloads, and when</source>
        <translation>Qué descarga Outpost y cuándo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>Close Outpost</source>
        <translation>Cerrar Outpost</translation>
    </message>
    <message>
        <source>&amp;What’s New</source>
        <translation>&amp;Novedades</translation>
    </message>
    <message>
        <source>New topics and replies since the last sync, and the top topics</source>
        <translation>Temas y respuestas nuevos desde la última sincronización, y los temas destacados</translation>
    </message>
    <message>
        <source>&amp;Followed Topics</source>
        <translation>&amp;Temas seguidos</translation>
    </message>
    <message>
        <source>The newest topics of every category you follow</source>
        <translation>Los temas más recientes de todas las categorías que sigues</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search everything downloaded</source>
        <translation>Buscar en todo lo descargado</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>Move between the sidebar, the topic list and the topic</source>
        <translation>Moverse entre la barra lateral, la lista de temas y el tema</translation>
    </message>
    <message>
        <source>F&amp;ollow or Stop Following Category</source>
        <translation>Seg&amp;uir o dejar de seguir la categoría</translation>
    </message>
    <message>
        <source>Follow the chosen category, or stop following it</source>
        <translation>Seguir la categoría elegida o dejar de seguirla</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Go back to where you were</source>
        <translation>Volver a donde estabas</translation>
    </message>
    <message>
        <source>Next &amp;Topic</source>
        <translation>&amp;Tema siguiente</translation>
    </message>
    <message>
        <source>Open the next topic of the list</source>
        <translation>Abrir el tema siguiente de la lista</translation>
    </message>
    <message>
        <source>Pre&amp;vious Topic</source>
        <translation>Tema a&amp;nterior</translation>
    </message>
    <message>
        <source>Open the previous topic of the list</source>
        <translation>Abrir el tema anterior de la lista</translation>
    </message>
    <message>
        <source>&amp;Next Post</source>
        <translation>&amp;Publicación siguiente</translation>
    </message>
    <message>
        <source>Go to the next post of the topic</source>
        <translation>Ir a la publicación siguiente del tema</translation>
    </message>
    <message>
        <source>&amp;Previous Post</source>
        <translation>Publicación ante&amp;rior</translation>
    </message>
    <message>
        <source>Go to the previous post of the topic</source>
        <translation>Ir a la publicación anterior del tema</translation>
    </message>
    <message>
        <source>&amp;Download Whole Topic</source>
        <translation>&amp;Descargar el tema completo</translation>
    </message>
    <message>
        <source>Download the posts of this topic that are not here yet</source>
        <translation>Descargar las publicaciones de este tema que aún no están aquí</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every key Outpost knows</source>
        <translation>Todas las teclas que conoce Outpost</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New Topic…</source>
        <translation>&amp;Nuevo tema…</translation>
    </message>
    <message>
        <source>Start a topic in a category; it is sent from the outbox</source>
        <translation>Crear un tema en una categoría; se envía desde la bandeja de salida</translation>
    </message>
    <message>
        <source>&amp;Reply to Topic…</source>
        <translation>&amp;Responder al tema…</translation>
    </message>
    <message>
        <source>Write a reply to the open topic, with or without a connection</source>
        <translation>Escribir una respuesta al tema abierto, con o sin conexión</translation>
    </message>
    <message>
        <source>Reply to &amp;Post…</source>
        <translation>Responder a la &amp;publicación…</translation>
    </message>
    <message>
        <source>Write a reply to the current post of the topic</source>
        <translation>Escribir una respuesta a la publicación actual del tema</translation>
    </message>
    <message>
        <source>&amp;Quote Post…</source>
        <translation>&amp;Citar publicación…</translation>
    </message>
    <message>
        <source>Reply quoting the words you selected in a post (or the whole post)</source>
        <translation>Responder citando el texto que seleccionaste en una publicación (o la publicación entera)</translation>
    </message>
    <message>
        <source>&amp;Edit Your Post…</source>
        <translation>Edi&amp;tar tu publicación…</translation>
    </message>
    <message>
        <source>Change the current post, if it is yours</source>
        <translation>Modificar la publicación actual, si es tuya</translation>
    </message>
    <message>
        <source>&amp;Like Post</source>
        <translation>Dar «Me &amp;gusta»</translation>
    </message>
    <message>
        <source>Like the current post; the like is sent from the outbox</source>
        <translation>Dar «Me gusta» a la publicación actual; se envía desde la bandeja de salida</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>Bandeja de &amp;salida</translation>
    </message>
    <message>
        <source>What waits to be sent, what was sent, and what needs your attention</source>
        <translation>Lo que espera para enviarse, lo que se envió y lo que requiere tu atención</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Borradores</translation>
    </message>
    <message>
        <source>What you started writing and did not send yet</source>
        <translation>Lo que empezaste a escribir y aún no enviaste</translation>
    </message>
    <message>
        <source>&amp;Send Outbox Now</source>
        <translation>&amp;Enviar la bandeja de salida ahora</translation>
    </message>
    <message>
        <source>Send what waits in the outbox now, without a whole sync</source>
        <translation>Enviar ahora lo que espera en la bandeja de salida, sin una sincronización completa</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <extracomment>The menu of writing commands (new topic, reply, outbox, drafts)</extracomment>
        <translation>&amp;Escribir</translation>
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
        <translation>Principal</translation>
    </message>
    <message>
        <source>Search downloaded posts (Ctrl+F)</source>
        <translation>Buscar en las publicaciones descargadas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Outpost keeps a forum on this computer so you can read it offline. Add the forum you want to follow.</source>
        <translation>Outpost guarda un foro en este equipo para que puedas leerlo sin conexión. Añade el foro que quieres seguir.</translation>
    </message>
    <message>
        <source>Add a Forum…</source>
        <translation>Añadir un foro…</translation>
    </message>
    <message>
        <source>%1 — Outpost</source>
        <translation>%1 — Outpost</translation>
    </message>
    <message numerus="yes">
        <source>The sync finished, but %n thing(s) went wrong.</source>
        <translation>
            <numerusform>La sincronización terminó, pero hubo %n problema.</numerusform>
            <numerusform>La sincronización terminó, pero hubo %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync stopped before it was done.</source>
        <translation>La sincronización se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>That topic is not downloaded.</source>
        <translation>Ese tema no está descargado.</translation>
    </message>
    <message>
        <source>That post is in a topic that is not downloaded.</source>
        <translation>Esa publicación está en un tema que no está descargado.</translation>
    </message>
    <message>
        <source>No web browser could open the link.</source>
        <translation>Ningún navegador web pudo abrir el enlace.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Your new topic is in the outbox.</source>
        <translation>Tu tema nuevo está en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Your edit is in the outbox.</source>
        <translation>Tu edición está en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Your like is in the outbox.</source>
        <translation>Tu «Me gusta» está en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Your reply is in the outbox.</source>
        <translation>Tu respuesta está en la bandeja de salida.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>The forum refused %n item(s): see the outbox.</source>
        <translation>
            <numerusform>El foro rechazó %n elemento: revisa la bandeja de salida.</numerusform>
            <numerusform>El foro rechazó %n elementos: revisa la bandeja de salida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n item(s).</source>
        <translation>
            <numerusform>Se envió %n elemento.</numerusform>
            <numerusform>Se enviaron %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a topic first.</source>
        <translation>Primero abre un tema.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar detalles técnicos</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>Closes a message strip</extracomment>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Descartar este mensaje</translation>
    </message>
</context>
<context>
    <name>outpost::gui::NetworkIndicator</name>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Metered connection</source>
        <translation>Conexión de uso medido</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>No connection. Everything downloaded stays readable; syncing waits for the connection to return.</source>
        <translation>Sin conexión. Todo lo descargado se puede seguir leyendo; la sincronización espera a que vuelva la conexión.</translation>
    </message>
    <message>
        <source>A metered connection: pictures are not downloaded and Outpost syncs only when you ask, unless you allowed more in the settings.</source>
        <translation>Conexión de uso medido: las imágenes no se descargan y Outpost solo sincroniza cuando se lo pides, salvo que hayas permitido más en la configuración.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Conexión: %1</translation>
    </message>
</context>
<context>
    <name>outpost::gui::OptionsPage</name>
    <message>
        <source>How much to download</source>
        <translation>Cuánto descargar</translation>
    </message>
    <message>
        <source>These choices are in the settings too.</source>
        <translation>Estas opciones también están en la configuración.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days of activity to download</source>
        <translation>Días de actividad para descargar</translation>
    </message>
    <message>
        <source>Sync now, and whenever Outpost starts</source>
        <translation>Sincronizar ahora y cada vez que se inicie Outpost</translation>
    </message>
    <message>
        <source>Sync when the connection comes back</source>
        <translation>Sincronizar cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Download pictures on a metered connection too</source>
        <translation>Descargar imágenes también con una conexión de uso medido</translation>
    </message>
    <message>
        <source>Download topics active in the last</source>
        <translation>Descargar los temas con actividad en los últimos</translation>
    </message>
    <message>
        <source>On a metered connection Outpost downloads only what you ask for: it syncs when you click Sync and leaves pictures until you click them.</source>
        <translation>Con una conexión de uso medido, Outpost solo descarga lo que pides: sincroniza cuando haces clic en «Sincronizar ahora» y no descarga las imágenes hasta que haces clic en ellas.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::OutboxController</name>
    <message>
        <source>Sign in to send. Your posts wait safely in the outbox until you sign in to this forum.</source>
        <extracomment>The outbox has posts but the person is not signed in to the forum</extracomment>
        <translation>Inicia sesión para enviar. Tus publicaciones esperan seguras en la bandeja de salida hasta que inicies sesión en este foro.</translation>
    </message>
    <message>
        <source>Sign in to send: %1</source>
        <extracomment>%1 is the forum&apos;s reason, in plain words</extracomment>
        <translation>Inicia sesión para enviar: %1</translation>
    </message>
    <message>
        <source>Add a forum first.</source>
        <translation>Primero añade un foro.</translation>
    </message>
    <message>
        <source>You are offline. Your posts wait in the outbox and go out when the connection returns.</source>
        <translation>Estás sin conexión. Tus publicaciones esperan en la bandeja de salida y se enviarán cuando vuelva la conexión.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::OutboxListProxy</name>
    <message>
        <source>Sign in to send</source>
        <translation>Inicia sesión para enviar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A line of an outbox item: %1 its state, %2 why (the forum&apos;s reason)</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>outpost::gui::OutboxView</name>
    <message>
        <source>Send &amp;Now</source>
        <translation>Enviar &amp;ahora</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Send what waits in the outbox now (Ctrl+Shift+S)</source>
        <translation>Enviar ahora lo que espera en la bandeja de salida (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>The words of this item</source>
        <translation>El texto de este elemento</translation>
    </message>
    <message>
        <source>Your edit:</source>
        <extracomment>Above the person&apos;s version of a post in an edit conflict</extracomment>
        <translation>Tu edición:</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Tu edición</translation>
    </message>
    <message>
        <source>On the forum now:</source>
        <extracomment>Above the forum&apos;s newer version of a post in an edit conflict</extracomment>
        <translation>Ahora en el foro:</translation>
    </message>
    <message>
        <source>The post on the forum now</source>
        <translation>La publicación tal como está ahora en el foro</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>Enviar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <source>Keep as &amp;Draft</source>
        <translation>Volver a &amp;borrador</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Volver a borrador</translation>
    </message>
    <message>
        <source>Take it out of the outbox and finish it in the composer</source>
        <translation>Sacarlo de la bandeja de salida y terminarlo en el editor</translation>
    </message>
    <message>
        <source>Dis&amp;card…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Send &amp;Mine</source>
        <translation>Enviar la &amp;mía</translation>
    </message>
    <message>
        <source>Send my edit</source>
        <translation>Enviar mi edición</translation>
    </message>
    <message>
        <source>Replace the forum’s version with your edit</source>
        <translation>Reemplazar la versión del foro por tu edición</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Conservar la del &amp;foro</translation>
    </message>
    <message>
        <source>Keep the forum’s version</source>
        <translation>Conservar la versión del foro</translation>
    </message>
    <message>
        <source>Leave the post as it is on the forum and drop your edit</source>
        <translation>Dejar la publicación como está en el foro y descartar tu edición</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>No hay nada pendiente de envío.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need your attention.</source>
        <extracomment>%n items need the person&apos;s decision</extracomment>
        <translation>
            <numerusform>%n elemento requiere tu atención.</numerusform>
            <numerusform>%n elementos requieren tu atención.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n elemento pendiente de envío.</numerusform>
            <numerusform>%n elementos pendientes de envío.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an item to see it whole.</source>
        <translation>Elige un elemento para verlo completo.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Discard Topic and Replies</source>
        <translation>Descartar tema y respuestas</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) you wrote to this topic wait for it. Discarding the topic discards them too.</source>
        <translation>
            <numerusform>%n respuesta que escribiste en este tema está esperándolo. Si descartas el tema, también se descarta.</numerusform>
            <numerusform>%n respuestas que escribiste en este tema lo están esperando. Si descartas el tema, también se descartan.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item may already be on the forum: the last attempt got no answer. Discard it from the outbox anyway?</source>
        <translation>Puede que este elemento ya esté en el foro: el último intento no obtuvo respuesta. ¿Quitarlo de la bandeja de salida de todos modos?</translation>
    </message>
    <message>
        <source>Discard this item? It will not be sent, and its words are lost.</source>
        <translation>¿Descartar este elemento? No se enviará y su texto se perderá.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::PostBrowser</name>
    <message>
        <source>Go to post %1 of this forum</source>
        <translation>Ir a la publicación %1 de este foro</translation>
    </message>
    <message>
        <source>Download this picture</source>
        <translation>Descargar esta imagen</translation>
    </message>
</context>
<context>
    <name>outpost::gui::PostWidget</name>
    <message>
        <source>%1 closed this topic</source>
        <translation>%1 cerró este tema</translation>
    </message>
    <message>
        <source>%1 opened this topic again</source>
        <translation>%1 volvió a abrir este tema</translation>
    </message>
    <message>
        <source>%1 pinned this topic</source>
        <translation>%1 fijó este tema</translation>
    </message>
    <message>
        <source>%1 unpinned this topic</source>
        <translation>%1 dejó de fijar este tema</translation>
    </message>
    <message>
        <source>%1 archived this topic</source>
        <translation>%1 archivó este tema</translation>
    </message>
    <message>
        <source>%1 took this topic out of the archive</source>
        <translation>%1 sacó este tema del archivo</translation>
    </message>
    <message>
        <source>%1 unlisted this topic</source>
        <translation>%1 quitó este tema de las listas</translation>
    </message>
    <message>
        <source>%1 listed this topic</source>
        <translation>%1 volvió a mostrar este tema en las listas</translation>
    </message>
    <message>
        <source>%1 moved posts to another topic</source>
        <translation>%1 movió publicaciones a otro tema</translation>
    </message>
    <message>
        <source>%1 changed this topic</source>
        <translation>%1 cambió este tema</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A topic event line: what happened, then when (e.g. &quot;alice closed this topic · 2 days ago&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>edited</source>
        <extracomment>Marker on a post that was changed after it was first posted</extracomment>
        <translation>editada</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Editada el %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>The number of a post within its topic, e.g. &quot;#12&quot;</extracomment>
        <translation>#%1</translation>
    </message>
    <message>
        <source>In reply to post %1</source>
        <translation>En respuesta a la publicación %1</translation>
    </message>
    <message>
        <source>This post was deleted.</source>
        <translation>Esta publicación fue eliminada.</translation>
    </message>
    <message>
        <source>Post %1 by %2</source>
        <translation>Publicación %1 de %2</translation>
    </message>
    <message>
        <source>%1, unread</source>
        <translation>%1, sin leer</translation>
    </message>
    <message>
        <source>Text of post %1</source>
        <translation>Texto de la publicación %1</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SearchResultsModel</name>
    <message>
        <source>%1, by %2: %3</source>
        <extracomment>A search result for screen readers: %1 topic title, %2 author, %3 the matching text</extracomment>
        <translation>%1, de %2: %3</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SearchView</name>
    <message>
        <source>Search in</source>
        <translation>Buscar en</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Followed categories</source>
        <translation>Categorías seguidas</translation>
    </message>
    <message>
        <source>Type to search everything you have downloaded.</source>
        <translation>Escribe para buscar en todo lo que has descargado.</translation>
    </message>
    <message>
        <source>Nothing downloaded matches “%1”.</source>
        <translation>Nada de lo descargado coincide con «%1».</translation>
    </message>
    <message>
        <source>Best matches for “%1”</source>
        <translation>Mejores resultados para «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) match “%1”</source>
        <translation>
            <numerusform>%n publicación coincide con «%1»</numerusform>
            <numerusform>%n publicaciones coinciden con «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  ·  @%2  ·  %3  ·  post %4</source>
        <translation>%1  ·  @%2  ·  %3  ·  publicación %4</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Unit after the number of days of the sync window</extracomment>
        <translation> días</translation>
    </message>
    <message>
        <source>Days of activity to download</source>
        <translation>Días de actividad para descargar</translation>
    </message>
    <message>
        <source>Sync when Outpost starts</source>
        <translation>Sincronizar al iniciar Outpost</translation>
    </message>
    <message>
        <source>Sync when the connection comes back</source>
        <translation>Sincronizar cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Also sync by itself on a metered connection</source>
        <translation>Sincronizar automáticamente también con una conexión de uso medido</translation>
    </message>
    <message>
        <source>Download pictures of posts by themselves</source>
        <translation>Descargar automáticamente las imágenes de las publicaciones</translation>
    </message>
    <message>
        <source>Also on a metered connection</source>
        <translation>También con una conexión de uso medido</translation>
    </message>
    <message>
        <source> MB</source>
        <extracomment>Unit after the size of the picture cache</extracomment>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest size of the picture cache</source>
        <translation>Tamaño máximo de la caché de imágenes</translation>
    </message>
    <message>
        <source>Pictures downloaded now take %1.</source>
        <translation>Las imágenes descargadas ocupan ahora %1.</translation>
    </message>
    <message>
        <source>Ask Again for All Sites</source>
        <translation>Volver a preguntar para todos los sitios</translation>
    </message>
    <message numerus="yes">
        <source>Links open in your browser after you saw where they go. %n site(s) open without asking.</source>
        <translation>
            <numerusform>Los enlaces se abren en tu navegador después de mostrarte adónde llevan. %n sitio se abre sin preguntar.</numerusform>
            <numerusform>Los enlaces se abren en tu navegador después de mostrarte adónde llevan. %n sitios se abren sin preguntar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Links open in your browser after you saw where they go.</source>
        <translation>Los enlaces se abren en tu navegador después de mostrarte adónde llevan.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Download topics active in the last</source>
        <translation>Descargar los temas con actividad en los últimos</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Conservar como máximo</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Language of Outpost</source>
        <translation>Idioma de Outpost</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first choice of the language menu; %1 is the system&apos;s language, e.g. &quot;Français&quot;</extracomment>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Show Outpost in</source>
        <translation>Mostrar Outpost en</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>A screen down / up in the topic</source>
        <extracomment>A key that works in the topic view without a menu entry</extracomment>
        <translation>Una pantalla abajo / arriba en el tema</translation>
    </message>
    <message>
        <source>Space / Shift+Space</source>
        <translation>Espacio / Mayúsculas+Espacio</translation>
    </message>
    <message>
        <source>First / last downloaded post</source>
        <translation>Primera / última publicación descargada</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Inicio / Fin</translation>
    </message>
    <message>
        <source>Follow or stop following (in the sidebar)</source>
        <translation>Seguir o dejar de seguir (en la barra lateral)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Single-letter keys work whenever you are not typing in a field.</source>
        <translation>Las teclas de una sola letra funcionan siempre que no estés escribiendo en un campo.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SignInDialog</name>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Abrir en el navegador</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>&amp;Copiar dirección</translation>
    </message>
    <message>
        <source>Start &amp;Again</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <extracomment>%1 is the forum&apos;s name</extracomment>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Outpost asks the forum for a key of its own, so your password never passes through Outpost.

1. Outpost opens the forum in your web browser. Sign in there if it asks.
2. Choose “Authorize”. The forum then shows a long code.
3. Copy the code, paste it below and choose Sign In.</source>
        <translation>Outpost pide al foro una clave propia, así que tu contraseña nunca pasa por Outpost.

1. Outpost abre el foro en tu navegador web. Inicia sesión allí si te lo pide.
2. Elige «Autorizar». Luego el foro muestra un código largo.
3. Copia el código, pégalo abajo y elige Iniciar sesión.</translation>
    </message>
    <message>
        <source>Address of the forum&apos;s sign-in page</source>
        <translation>Dirección de la página de inicio de sesión del foro</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>The code the forum shows</source>
        <translation>El código que muestra el foro</translation>
    </message>
    <message>
        <source>Paste the code from the forum here</source>
        <translation>Pega aquí el código del foro</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Make a new sign-in request and open it in the browser</source>
        <translation>Crear una nueva solicitud de inicio de sesión y abrirla en el navegador</translation>
    </message>
    <message>
        <source>Code from the forum:</source>
        <translation>Código del foro:</translation>
    </message>
    <message>
        <source>Preparing a sign-in request…</source>
        <translation>Preparando una solicitud de inicio de sesión…</translation>
    </message>
    <message>
        <source>Outpost on %1</source>
        <extracomment>Shown to the person on the forum&apos;s consent page; %1 is the computer&apos;s name.</extracomment>
        <translation>Outpost en %1</translation>
    </message>
    <message>
        <source>The forum&apos;s page is open in your browser. After you choose “Authorize” there, paste the code here.</source>
        <translation>La página del foro está abierta en tu navegador. Cuando elijas «Autorizar» allí, pega aquí el código.</translation>
    </message>
    <message>
        <source>Outpost could not open a web browser. Copy the address above into one, then paste the code the forum shows here.</source>
        <translation>Outpost no pudo abrir un navegador web. Copia la dirección de arriba en uno y luego pega aquí el código que muestre el foro.</translation>
    </message>
    <message>
        <source>The address is copied. Open it in your web browser.</source>
        <translation>La dirección está copiada. Ábrela en tu navegador web.</translation>
    </message>
    <message>
        <source>Checking the key with the forum…</source>
        <translation>Comprobando la clave con el foro…</translation>
    </message>
    <message>
        <source>The forum did not accept the new key. Choose Start Again to ask for a new one. (%1)</source>
        <translation>El foro no aceptó la clave nueva. Elige Empezar de nuevo para pedir otra. (%1)</translation>
    </message>
    <message>
        <source>Outpost could not check the key with the forum: %1 Choose Sign In to try again.</source>
        <translation>Outpost no pudo comprobar la clave con el foro: %1 Elige Iniciar sesión para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Keeping the key in the system keychain…</source>
        <translation>Guardando la clave en el llavero del sistema…</translation>
    </message>
    <message>
        <source>Let the forum &amp;hand the key back to Outpost automatically (the forum&apos;s administrators must allow it)</source>
        <translation>Permitir que el foro &amp;devuelva la clave a Outpost automáticamente (los administradores del foro deben permitirlo)</translation>
    </message>
    <message>
        <source>Instead of showing a code to paste, the forum sends your browser back to Outpost with the key. Its administrators must add http://127.0.0.1:%1/outpost-auth to the allowed sign-in redirects (allowed_user_api_auth_redirects).</source>
        <translation>En lugar de mostrar un código para pegar, el foro devuelve tu navegador a Outpost con la clave. Sus administradores deben añadir http://127.0.0.1:%1/outpost-auth a las redirecciones de inicio de sesión permitidas (allowed_user_api_auth_redirects).</translation>
    </message>
    <message>
        <source>any free port</source>
        <extracomment>The port 0 in the hand-back setting: Outpost picks a free port each time</extracomment>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>Port on this computer for the hand-back</source>
        <translation>Puerto de este equipo para la devolución de la clave</translation>
    </message>
    <message>
        <source>The port of http://127.0.0.1:PORT/outpost-auth. It must be the one the forum&apos;s administrators allowed.</source>
        <translation>El puerto de http://127.0.0.1:PORT/outpost-auth. Debe ser el que permitieron los administradores del foro.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Asking the forum whether it allows the automatic hand-back…</source>
        <translation>Preguntando al foro si permite la devolución automática…</translation>
    </message>
    <message>
        <source>Outpost could not ask the forum about the automatic hand-back (%1). Paste the code instead.</source>
        <translation>Outpost no pudo preguntar al foro por la devolución automática (%1). Pega el código en su lugar.</translation>
    </message>
    <message>
        <source>The forum&apos;s page is open in your browser. After you choose “Authorize” there, the forum hands the key back to Outpost by itself. If your browser shows a code instead, paste it here.</source>
        <translation>La página del foro está abierta en tu navegador. Cuando elijas «Autorizar» allí, el foro devolverá la clave a Outpost por sí mismo. Si tu navegador muestra un código, pégalo aquí.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SyncController</name>
    <message>
        <source>Add a forum first.</source>
        <translation>Primero añade un foro.</translation>
    </message>
    <message>
        <source>You are offline. Outpost will sync when the connection returns.</source>
        <translation>No tienes conexión. Outpost sincronizará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>You are offline. Sync again once you are connected.</source>
        <translation>No tienes conexión. Vuelve a sincronizar cuando tengas conexión.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SyncStatusBar</name>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s)</source>
        <translation>
            <numerusform>%n publicación nueva</numerusform>
            <numerusform>%n publicaciones nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sincronización cancelada</translation>
    </message>
    <message>
        <source>Sync stopped: no connection</source>
        <translation>Sincronización detenida: sin conexión</translation>
    </message>
    <message>
        <source>Sync paused: the forum’s daily limit is reached</source>
        <translation>Sincronización en pausa: se alcanzó el límite diario del foro</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Falló la sincronización</translation>
    </message>
    <message>
        <source>%1 · %2 downloaded</source>
        <extracomment>What a sync used: %1 is &quot;12 requests&quot;, %2 a size such as &quot;340 KB&quot;</extracomment>
        <translation>%1 · %2 descargados</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::ThreadModel</name>
    <message>
        <source>Post %1 by %2, %3</source>
        <extracomment>A post in a thread, for lists and screen readers: %1 post number, %2 author, %3 time</extracomment>
        <translation>Publicación %1 de %2, %3</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ThreadView</name>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Download all posts</source>
        <translation>Descargar todas las publicaciones</translation>
    </message>
    <message>
        <source>Download all posts of this topic</source>
        <translation>Descargar todas las publicaciones de este tema</translation>
    </message>
    <message>
        <source>Show earlier posts</source>
        <translation>Mostrar publicaciones anteriores</translation>
    </message>
    <message>
        <source>Choose a topic to read it here.</source>
        <translation>Elige un tema para leerlo aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n vista</numerusform>
            <numerusform>%n vistas</numerusform>
        </translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation>última actividad: %1</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijado</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded: %1 of %n post(s).</source>
        <extracomment>%1 is how many posts of the topic are in the offline copy, %n how many it has</extracomment>
        <translation>
            <numerusform>Descargadas: %1 de %n publicación.</numerusform>
            <numerusform>Descargadas: %1 de %n publicaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading more posts…</source>
        <translation>Cargando más publicaciones…</translation>
    </message>
    <message>
        <source>The rest of this topic is not downloaded yet.</source>
        <translation>El resto de este tema aún no está descargado.</translation>
    </message>
    <message>
        <source>That’s the whole topic.</source>
        <extracomment>Shown below the last post of a topic</extracomment>
        <translation>Aquí termina el tema.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::TimeText</name>
    <message>
        <source>never</source>
        <extracomment>A time that is not known (e.g. a topic never synced)</extracomment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>A moment ago (less than a minute)</extracomment>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>A moment ago, in a list where room is short</extracomment>
        <translation>ahora</translation>
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
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::TopicDelegate</name>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temas</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>Badge on a topic the person has never opened</extracomment>
        <translation>nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 downloaded</source>
        <extracomment>How much of a topic is downloaded: %1 posts of %2</extracomment>
        <translation>%1 de %2 descargadas</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijado</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
</context>
<context>
    <name>outpost::gui::TopicListModel</name>
    <message>
        <source>new</source>
        <extracomment>Spoken after a topic&apos;s title</extracomment>
        <translation>nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%n unread post(s)</source>
        <translation>
            <numerusform>%n publicación sin leer</numerusform>
            <numerusform>%n publicaciones sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijado</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Last activity: %2
Posts downloaded: %3 of %4</source>
        <translation>%1
Última actividad: %2
Publicaciones descargadas: %3 de %4</translation>
    </message>
</context>
<context>
    <name>outpost::gui::TopicListView</name>
    <message>
        <source>Sort topics</source>
        <translation>Ordenar temas</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>Actividad más reciente</translation>
    </message>
    <message>
        <source>Newest topics</source>
        <translation>Temas más nuevos</translation>
    </message>
    <message>
        <source>Most replies</source>
        <translation>Más respuestas</translation>
    </message>
    <message>
        <source>Most views</source>
        <translation>Más vistas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Show topics</source>
        <translation>Mostrar temas</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Sin leer</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Not fully downloaded</source>
        <translation>No descargados del todo</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Filtrar por título</translation>
    </message>
    <message>
        <source>Filter topics by title</source>
        <translation>Filtrar temas por título</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Followed topics</source>
        <translation>Temas seguidos</translation>
    </message>
    <message numerus="yes">
        <source>The newest topics of the %n categories you follow.</source>
        <translation>
            <numerusform>Los temas más recientes de %n categoría que sigues.</numerusform>
            <numerusform>Los temas más recientes de las %n categorías que sigues.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forum is open.</source>
        <translation>No hay ningún foro abierto.</translation>
    </message>
    <message>
        <source>No downloaded topic matches.</source>
        <translation>Ningún tema descargado coincide.</translation>
    </message>
    <message>
        <source>You do not follow any category yet. Mark the categories you care about with the star in the sidebar, then sync.</source>
        <translation>Aún no sigues ninguna categoría. Marca las categorías que te interesan con la estrella de la barra lateral y luego sincroniza.</translation>
    </message>
    <message>
        <source>You do not follow this category, so its topics are not downloaded. Follow it and they will be at the next sync.</source>
        <translation>No sigues esta categoría, así que sus temas no se descargan. Síguela y se descargarán en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Follow this category</source>
        <translation>Seguir esta categoría</translation>
    </message>
    <message>
        <source>Nothing is downloaded here yet. Sync to download the topics.</source>
        <translation>Aquí aún no hay nada descargado. Sincroniza para descargar los temas.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
</context>
<context>
    <name>outpost::gui::WritingDock</name>
    <message>
        <source>Outbox and Drafts</source>
        <translation>Bandeja de salida y borradores</translation>
    </message>
    <message>
        <source>Outbox and drafts</source>
        <translation>Bandeja de salida y borradores</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
</context>
<context>
    <name>outpost::gui::WritingText</name>
    <message>
        <source>New topic</source>
        <extracomment>Heading of the composer and of a draft in the drafts list</extracomment>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <source>New topic in %1</source>
        <extracomment>Heading of the composer; %1 is a category&apos;s name</extracomment>
        <translation>Nuevo tema en %1</translation>
    </message>
    <message>
        <source>Edit of your post #%1 in “%2”</source>
        <extracomment>Heading of the composer; %1 is a post number, %2 a topic&apos;s title</extracomment>
        <translation>Edición de tu publicación #%1 en «%2»</translation>
    </message>
    <message>
        <source>Edit of your post</source>
        <translation>Edición de tu publicación</translation>
    </message>
    <message>
        <source>topic %1</source>
        <extracomment>Stands for a topic whose title is not downloaded; %1 is its number</extracomment>
        <translation>tema %1</translation>
    </message>
    <message>
        <source>Reply to post #%1 in “%2”</source>
        <extracomment>Heading of the composer; %1 is a post number, %2 a topic&apos;s title</extracomment>
        <translation>Respuesta a la publicación #%1 en «%2»</translation>
    </message>
    <message>
        <source>Reply to “%1”</source>
        <extracomment>Heading of the composer; %1 is a topic&apos;s title</extracomment>
        <translation>Respuesta a «%1»</translation>
    </message>
    <message>
        <source>Like of post #%1 in “%2”</source>
        <extracomment>An item of the outbox; %1 is a post number, %2 a topic&apos;s title</extracomment>
        <translation>«Me gusta» a la publicación #%1 en «%2»</translation>
    </message>
    <message>
        <source>Like of a post</source>
        <translation>«Me gusta» a una publicación</translation>
    </message>
    <message>
        <source>New topic “%1”</source>
        <extracomment>An item of the outbox; %1 is the new topic&apos;s title</extracomment>
        <translation>Nuevo tema «%1»</translation>
    </message>
    <message>
        <source>Reply to your new topic (waiting to be sent)</source>
        <extracomment>An item of the outbox: a reply to a new topic that is itself still waiting</extracomment>
        <translation>Respuesta a tu tema nuevo (pendiente de envío)</translation>
    </message>
    <message>
        <source>Waiting: checking whether it already arrived</source>
        <extracomment>Outbox state: an earlier attempt may have reached the forum</extracomment>
        <translation>En espera: comprobando si ya llegó</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <extracomment>Outbox state</extracomment>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>Outbox state</extracomment>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent, waiting for a moderator</source>
        <extracomment>Outbox state: the forum holds the post for a moderator</extracomment>
        <translation>Enviado, a la espera de un moderador</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>Outbox state</extracomment>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <extracomment>Outbox state: the forum refused it and the person must decide</extracomment>
        <translation>Requiere tu atención</translation>
    </message>
</context>
<context>
    <name>outpost::media</name>
    <message>
        <source>This picture has no web address Outpost can download it from.</source>
        <translation>Esta imagen no tiene una dirección web desde la que Outpost pueda descargarla.</translation>
    </message>
    <message>
        <source>The download is not a picture Outpost can show.</source>
        <translation>Lo descargado no es una imagen que Outpost pueda mostrar.</translation>
    </message>
    <message>
        <source>Outpost could not save the picture. Check that there is room on the disk.</source>
        <translation>Outpost no pudo guardar la imagen. Comprueba que haya espacio en el disco.</translation>
    </message>
    <message>
        <source>The download was stopped.</source>
        <translation>Se detuvo la descarga.</translation>
    </message>
</context>
<context>
    <name>outpost::net</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>Could not reach the forum: its name could not be looked up. You may be offline; check your connection and try again.</source>
        <translation>No se pudo contactar con el foro: no se pudo resolver su nombre. Es posible que no tengas conexión; compruébala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Could not reach the forum: no connection could be made. Check your link and try again.</source>
        <translation>No se pudo contactar con el foro: no se pudo establecer la conexión. Comprueba tu conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Could not reach the forum: the connection timed out. Check your link and try again.</source>
        <translation>No se pudo contactar con el foro: se agotó el tiempo de espera de la conexión. Comprueba tu conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to the forum stopped moving data. The link may have dropped; Outpost will try again when it is back.</source>
        <translation>La conexión con el foro dejó de transmitir datos. Puede que se haya caído el enlace; Outpost lo volverá a intentar cuando se restablezca.</translation>
    </message>
    <message>
        <source>The connection to the forum was cut before the answer was complete. Check your link and try again.</source>
        <translation>La conexión con el foro se cortó antes de que la respuesta estuviera completa. Comprueba tu conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The forum&apos;s identity could not be verified, so Outpost did not connect. The connection may be intercepted, or the forum&apos;s certificate authority is not trusted on this computer. If your organisation uses its own certificate authority, add its certificate file in the network settings.</source>
        <translation>No se pudo verificar la identidad del foro, así que Outpost no se conectó. Es posible que la conexión esté interceptada o que la autoridad de certificación del foro no sea de confianza en este equipo. Si tu organización usa su propia autoridad de certificación, añade su archivo de certificado en la configuración de red.</translation>
    </message>
    <message>
        <source>The proxy server failed or refused the connection. Check the proxy settings.</source>
        <translation>El servidor proxy falló o rechazó la conexión. Comprueba la configuración del proxy.</translation>
    </message>
    <message>
        <source>The forum sent Outpost around in circles (too many redirects). The forum may be misconfigured; try again later.</source>
        <translation>El foro hizo que Outpost diera vueltas en círculo (demasiadas redirecciones). Es posible que el foro esté mal configurado; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The request to the forum failed unexpectedly. Try again; if it keeps happening, the details may help the forum&apos;s administrators.</source>
        <translation>La solicitud al foro falló de forma inesperada. Vuelve a intentarlo; si sigue pasando, los detalles pueden ayudar a los administradores del foro.</translation>
    </message>
    <message>
        <source>The forum did not understand the request. Outpost may need an update.</source>
        <translation>El foro no entendió la solicitud. Puede que Outpost necesite una actualización.</translation>
    </message>
    <message>
        <source>The forum did not accept your sign-in. The key may have been revoked or expired; connect Outpost to your account again.</source>
        <translation>El foro no aceptó tu inicio de sesión. Es posible que la clave se haya revocado o haya caducado; vuelve a conectar Outpost con tu cuenta.</translation>
    </message>
    <message>
        <source>The forum does not allow you to do this. You may lack the permission, or your sign-in has expired.</source>
        <translation>El foro no te permite hacer esto. Puede que no tengas el permiso necesario o que tu sesión haya caducado.</translation>
    </message>
    <message>
        <source>The forum could not find this. It may have been deleted or made private.</source>
        <translation>El foro no encontró esto. Es posible que se haya eliminado o hecho privado.</translation>
    </message>
    <message>
        <source>The proxy server asks for a user name and password. Check the proxy settings.</source>
        <translation>El servidor proxy pide un nombre de usuario y una contraseña. Comprueba la configuración del proxy.</translation>
    </message>
    <message>
        <source>The forum refused this because it is too large.</source>
        <translation>El foro rechazó esto por ser demasiado grande.</translation>
    </message>
    <message>
        <source>The forum did not accept this. Read its explanation, change what it asks for, and try again.</source>
        <translation>El foro no aceptó esto. Lee su explicación, cambia lo que pide y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The forum asks Outpost to slow down. Outpost will wait and try again on its own.</source>
        <translation>El foro pide a Outpost que vaya más despacio. Outpost esperará y lo volverá a intentar por su cuenta.</translation>
    </message>
    <message>
        <source>The forum had an internal error. Try again later.</source>
        <translation>El foro tuvo un error interno. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The forum is temporarily unavailable (it may be under maintenance or overloaded). Outpost will try again later.</source>
        <translation>El foro no está disponible temporalmente (puede estar en mantenimiento o sobrecargado). Outpost lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The forum answered with an unexpected redirect (HTTP status %1).</source>
        <extracomment>%1 is an HTTP status code such as 304</extracomment>
        <translation>El foro respondió con una redirección inesperada (código de estado HTTP %1).</translation>
    </message>
    <message>
        <source>The forum refused the request (HTTP status %1).</source>
        <extracomment>%1 is an HTTP status code such as 409</extracomment>
        <translation>El foro rechazó la solicitud (código de estado HTTP %1).</translation>
    </message>
    <message>
        <source>The forum failed to answer (HTTP status %1). Try again later.</source>
        <extracomment>%1 is an HTTP status code such as 507</extracomment>
        <translation>El foro no pudo responder (código de estado HTTP %1). Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The forum sent an answer Outpost does not understand.</source>
        <translation>El foro envió una respuesta que Outpost no entiende.</translation>
    </message>
</context>
<context>
    <name>outpost::outbox::Outbox</name>
    <message>
        <source>There is nothing to send: the text is empty.</source>
        <translation>No hay nada que enviar: el texto está vacío.</translation>
    </message>
    <message>
        <source>There is no new topic with that id in the outbox.</source>
        <translation>No hay ningún tema nuevo con ese ID en la bandeja de salida.</translation>
    </message>
    <message>
        <source>A new topic needs a title.</source>
        <translation>Un tema nuevo necesita un título.</translation>
    </message>
    <message>
        <source>This item is not an edit in conflict.</source>
        <translation>Este elemento no es una edición en conflicto.</translation>
    </message>
</context>
<context>
    <name>outpost::outbox::OutboxDelivery</name>
    <message>
        <source>An earlier attempt to send this may have arrived; Outpost could not check yet and sends nothing until it can.</source>
        <translation>Es posible que un intento anterior de enviar esto haya llegado; Outpost aún no pudo comprobarlo y no enviará nada hasta que pueda.</translation>
    </message>
    <message>
        <source>This edit does not say which post it changes.</source>
        <translation>Esta edición no indica qué publicación modifica.</translation>
    </message>
    <message>
        <source>The post you edited is no longer on the forum, or you may no longer see it. Your text is kept here.</source>
        <translation>La publicación que editaste ya no está en el foro o es posible que ya no puedas verla. Tu texto se conserva aquí.</translation>
    </message>
    <message>
        <source>Someone changed this post on the forum after you began your edit. Compare both versions and choose which to keep.</source>
        <translation>Alguien modificó esta publicación en el foro después de que empezaras a editarla. Compara las dos versiones y elige cuál conservar.</translation>
    </message>
    <message>
        <source>Not sent yet: the forum could not be reached in time.</source>
        <translation>Aún no se envió: no se pudo contactar con el foro a tiempo.</translation>
    </message>
    <message>
        <source>The connection broke before the forum answered. Outpost checks whether this arrived before sending it again.</source>
        <translation>La conexión se cortó antes de que el foro respondiera. Outpost comprueba si esto llegó antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>The forum&apos;s answer could not be read. Outpost checks whether this arrived before sending it again.</source>
        <translation>No se pudo leer la respuesta del foro. Outpost comprueba si esto llegó antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>The forum did not allow this. The topic or category may be closed to you, or it may be something the forum never allows (such as liking your own post).</source>
        <translation>El foro no permitió esto. Es posible que el tema o la categoría estén cerrados para ti, o que sea algo que el foro nunca permite (como dar «Me gusta» a tu propia publicación).</translation>
    </message>
    <message>
        <source>Someone changed this post on the forum meanwhile; Outpost will fetch their version on the next sync.</source>
        <translation>Alguien modificó esta publicación en el foro mientras tanto; Outpost descargará su versión en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The forum&apos;s answer could not be read; Outpost tries again on the next sync.</source>
        <translation>No se pudo leer la respuesta del foro; Outpost lo volverá a intentar en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Another Outpost window or program is sending this forum&apos;s outbox right now. Nothing was sent twice; try again in a moment.</source>
        <translation>Otra ventana o programa de Outpost está enviando ahora mismo la bandeja de salida de este foro. No se envió nada dos veces; vuelve a intentarlo en un momento.</translation>
    </message>
    <message numerus="yes">
        <source>Sign in to send: %n item(s) are waiting in the outbox.</source>
        <translation>
            <numerusform>Inicia sesión para enviar: hay %n elemento esperando en la bandeja de salida.</numerusform>
            <numerusform>Inicia sesión para enviar: hay %n elementos esperando en la bandeja de salida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending was cancelled. What was not sent stays in the outbox.</source>
        <translation>Se canceló el envío. Lo que no se envió sigue en la bandeja de salida.</translation>
    </message>
    <message>
        <source>The new topic this replies to was removed from the outbox. Choose a topic to reply to, or keep this as a draft.</source>
        <translation>El tema nuevo al que responde esto se quitó de la bandeja de salida. Elige un tema al que responder o guarda esto como borrador.</translation>
    </message>
    <message>
        <source>Waiting for a moderator to approve the new topic this replies to.</source>
        <translation>Esperando a que un moderador apruebe el tema nuevo al que responde esto.</translation>
    </message>
    <message>
        <source>Waiting for the new topic this replies to, which needs your attention.</source>
        <translation>Esperando al tema nuevo al que responde esto, que requiere tu atención.</translation>
    </message>
    <message>
        <source>Waiting for the new topic this replies to.</source>
        <translation>Esperando al tema nuevo al que responde esto.</translation>
    </message>
    <message>
        <source>The forum refused your sign-in key, so nothing more was sent. Sign in to this forum again; your posts wait in the outbox.</source>
        <translation>El foro rechazó tu clave de inicio de sesión, así que no se envió nada más. Vuelve a iniciar sesión en este foro; tus publicaciones esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <source>The forum&apos;s request limit is used up for now, or the forum asked Outpost to wait. Sending goes on from %1.</source>
        <translation>Por ahora se agotó el límite de solicitudes del foro, o el foro pidió a Outpost que esperara. El envío continuará a partir de %1.</translation>
    </message>
    <message>
        <source>The forum could not be reached. The outbox is sent on the next sync.</source>
        <translation>No se pudo contactar con el foro. La bandeja de salida se enviará en la próxima sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were accepted and wait for a moderator&apos;s approval.</source>
        <translation>
            <numerusform>%n elemento se aceptó y espera la aprobación de un moderador.</numerusform>
            <numerusform>%n elementos se aceptaron y esperan la aprobación de un moderador.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The forum refused %n item(s); they need your attention. Nothing was lost.</source>
        <translation>
            <numerusform>El foro rechazó %n elemento; requiere tu atención. No se perdió nada.</numerusform>
            <numerusform>El foro rechazó %n elementos; requieren tu atención. No se perdió nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for an earlier item, or for the forum to answer; they are sent on the next sync.</source>
        <translation>
            <numerusform>%n elemento espera a un elemento anterior o a que el foro responda; se enviará en la próxima sincronización.</numerusform>
            <numerusform>%n elementos esperan a un elemento anterior o a que el foro responda; se enviarán en la próxima sincronización.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::session</name>
    <message>
        <source>The forum did not accept the key. It may have been revoked, or your account may be suspended.</source>
        <translation>El foro no aceptó la clave. Es posible que se haya revocado o que tu cuenta esté suspendida.</translation>
    </message>
    <message>
        <source>The forum sent an answer Outpost cannot read.</source>
        <translation>El foro envió una respuesta que Outpost no puede leer.</translation>
    </message>
    <message>
        <source>This forum does not allow Outpost to receive the key by itself: its administrators have not added %1 to the allowed sign-in redirects (allowed_user_api_auth_redirects). Paste the code instead.</source>
        <translation>Este foro no permite que Outpost reciba la clave por sí mismo: sus administradores no han añadido %1 a las redirecciones de inicio de sesión permitidas (allowed_user_api_auth_redirects). Pega el código en su lugar.</translation>
    </message>
</context>
<context>
    <name>outpost::store</name>
    <message>
        <source>The offline copy %1 was opened before it was prepared.</source>
        <translation>La copia local %1 se abrió antes de estar preparada.</translation>
    </message>
    <message>
        <source>The offline copy %1 is damaged and Outpost could not move it aside. Check that its folder may be written to.</source>
        <translation>La copia local %1 está dañada y Outpost no pudo apartarla. Comprueba que se pueda escribir en su carpeta.</translation>
    </message>
    <message>
        <source>The offline copy of this forum was damaged, so Outpost set it aside as %1 and started a new one. Topics will be downloaded again at the next sync; your drafts and settings are not affected.</source>
        <translation>La copia local de este foro estaba dañada, así que Outpost la apartó como %1 y empezó una nueva. Los temas se volverán a descargar en la próxima sincronización; tus borradores y tu configuración no se ven afectados.</translation>
    </message>
    <message>
        <source>Downloaded posts could not be saved because their text was incomplete.</source>
        <translation>No se pudieron guardar las publicaciones descargadas porque su texto estaba incompleto.</translation>
    </message>
    <message>
        <source>Downloaded posts could not be saved because their topic is not in the offline copy.</source>
        <translation>No se pudieron guardar las publicaciones descargadas porque su tema no está en la copia local.</translation>
    </message>
    <message>
        <source>An internal query of Outpost was empty.</source>
        <translation>Una consulta interna de Outpost estaba vacía.</translation>
    </message>
    <message>
        <source>This copy of SQLite has no full-text search (FTS5), which Outpost needs.</source>
        <translation>Esta copia de SQLite no tiene búsqueda de texto completo (FTS5), que Outpost necesita.</translation>
    </message>
    <message>
        <source>The forum %1 has already been added.</source>
        <translation>El foro %1 ya se añadió.</translation>
    </message>
    <message numerus="yes">
        <source>This forum still has %n draft(s) or unsent post(s). Send or delete them before removing the forum.</source>
        <translation>
            <numerusform>Este foro aún tiene %n borrador o publicación sin enviar. Envíalo o elimínalo antes de quitar el foro.</numerusform>
            <numerusform>Este foro aún tiene %n borradores o publicaciones sin enviar. Envíalos o elimínalos antes de quitar el foro.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database upgrade steps built into Outpost are not valid.</source>
        <translation>Los pasos de actualización de la base de datos incluidos en Outpost no son válidos.</translation>
    </message>
    <message>
        <source>That draft or outbox item no longer exists. It may have been sent or deleted in another window.</source>
        <translation>Ese borrador o elemento de la bandeja de salida ya no existe. Es posible que se haya enviado o eliminado en otra ventana.</translation>
    </message>
    <message>
        <source>Outpost cannot create its data folder %1. Check that it may be written to.</source>
        <translation>Outpost no puede crear su carpeta de datos %1. Comprueba que se pueda escribir en ella.</translation>
    </message>
    <message>
        <source>There is not enough disk space to save changes to %1. Nothing from the interrupted change was saved. Free some space and try again.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>No hay suficiente espacio en disco para guardar los cambios en %1. No se guardó nada del cambio interrumpido. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not an Outpost database.</source>
        <translation>El archivo %1 está dañado o no es una base de datos de Outpost.</translation>
    </message>
    <message>
        <source>The file %1 is in use by another part of Outpost or another program. Try again in a moment.</source>
        <translation>Otra parte de Outpost u otro programa está usando el archivo %1. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Outpost cannot write to %1. Check that the file and its folder may be written to.</source>
        <translation>Outpost no puede escribir en %1. Comprueba que se pueda escribir en el archivo y en su carpeta.</translation>
    </message>
    <message>
        <source>Outpost cannot open %1. Check that its folder exists and may be written to.</source>
        <translation>Outpost no puede abrir %1. Comprueba que su carpeta exista y que se pueda escribir en ella.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing %1.</source>
        <translation>El disco informó de un error al leer o escribir %1.</translation>
    </message>
    <message>
        <source>A change to %1 was refused because it conflicts with data already saved.</source>
        <translation>Se rechazó un cambio en %1 porque entra en conflicto con datos ya guardados.</translation>
    </message>
    <message>
        <source>A change to %1 was refused because a value was not valid.</source>
        <translation>Se rechazó un cambio en %1 porque un valor no era válido.</translation>
    </message>
    <message>
        <source>An unexpected database error occurred in %1.</source>
        <translation>Se produjo un error inesperado de la base de datos en %1.</translation>
    </message>
    <message>
        <source>Your Outpost data file %1 is damaged. It holds your drafts, outbox and settings, so Outpost has left it exactly as it is and will not replace it. Keep a copy of it (and of %1.bak, if there is one) before trying anything else.</source>
        <translation>Tu archivo de datos de Outpost %1 está dañado. Contiene tus borradores, tu bandeja de salida y tu configuración, así que Outpost lo dejó exactamente como está y no lo reemplazará. Haz una copia de este archivo (y de %1.bak, si existe) antes de intentar cualquier otra cosa.</translation>
    </message>
    <message>
        <source>This was already sent, so it cannot be changed here any more.</source>
        <translation>Esto ya se envió, así que ya no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>This is being sent right now. Wait until it has gone or been refused.</source>
        <translation>Esto se está enviando en este momento. Espera a que se haya enviado o se haya rechazado.</translation>
    </message>
    <message>
        <source>An earlier attempt to send this may have reached the forum. Outpost checks that on the next sync; change it after that.</source>
        <translation>Es posible que un intento anterior de enviar esto haya llegado al foro. Outpost lo comprobará en la próxima sincronización; cámbialo después.</translation>
    </message>
</context>
<context>
    <name>outpost::store::Migrator</name>
    <message>
        <source>The file %1 is not the kind of Outpost database expected here.</source>
        <translation>El archivo %1 no es el tipo de base de datos de Outpost que se esperaba aquí.</translation>
    </message>
    <message>
        <source>Outpost could not save a safety copy of %1 before upgrading it, so it left the file as it was. %2</source>
        <translation>Outpost no pudo guardar una copia de seguridad de %1 antes de actualizarlo, así que dejó el archivo como estaba. %2</translation>
    </message>
    <message>
        <source>Outpost could not upgrade %1 because the disk is full. The file was left as it was before step %2. Free some space and try again.</source>
        <translation>Outpost no pudo actualizar %1 porque el disco está lleno. El archivo quedó como estaba antes del paso %2. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Outpost could not upgrade %1 (step %2). The file was left as it was before this step.</source>
        <translation>Outpost no pudo actualizar %1 (paso %2). El archivo quedó como estaba antes de este paso.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Outpost. Update Outpost to open it; this version has left the file untouched.</source>
        <translation>%1 se escribió con una versión más reciente de Outpost. Actualiza Outpost para abrirlo; esta versión no modificó el archivo.</translation>
    </message>
</context>
<context>
    <name>outpost::store::OutboxRepository</name>
    <message>
        <source>This post is being sent or was already sent, so it cannot be edited as a draft any more.</source>
        <translation>Esta publicación se está enviando o ya se envió, así que ya no se puede editar como borrador.</translation>
    </message>
    <message>
        <source>Other queued posts depend on this one, so it cannot be removed yet.</source>
        <translation>Otras publicaciones en cola dependen de esta, así que aún no se puede quitar.</translation>
    </message>
    <message>
        <source>The post was changed on the forum after you began your edit. Keep your version, take the forum&apos;s, or edit yours to merge them.</source>
        <translation>La publicación se modificó en el foro después de que empezaras a editarla. Conserva tu versión, toma la del foro o edita la tuya para combinarlas.</translation>
    </message>
</context>
<context>
    <name>outpost::sync</name>
    <message>
        <source>Fetching the forum&apos;s categories</source>
        <translation>Descargando las categorías del foro</translation>
    </message>
    <message>
        <source>The forum&apos;s categories were not updated.</source>
        <translation>No se actualizaron las categorías del foro.</translation>
    </message>
    <message>
        <source>Reading your settings on the forum</source>
        <translation>Leyendo tus preferencias en el foro</translation>
    </message>
    <message>
        <source>The forum did not recognise your sign-in, so only what anyone may read was synced. Connect Outpost to your account again.</source>
        <translation>El foro no reconoció tu inicio de sesión, así que solo se sincronizó lo que cualquiera puede leer. Vuelve a conectar Outpost con tu cuenta.</translation>
    </message>
    <message>
        <source>The categories you watch on the forum were not read. %1</source>
        <translation>No se leyeron las categorías que vigilas en el foro. %1</translation>
    </message>
    <message>
        <source>The categories you watch on the forum were not read.</source>
        <translation>No se leyeron las categorías que vigilas en el foro.</translation>
    </message>
    <message>
        <source>Fetching the top topics of the week</source>
        <translation>Descargando los temas destacados de la semana</translation>
    </message>
    <message>
        <source>Fetching the top topics of the month</source>
        <translation>Descargando los temas destacados del mes</translation>
    </message>
    <message>
        <source>The top topics of the week were not read.</source>
        <translation>No se leyeron los temas destacados de la semana.</translation>
    </message>
    <message>
        <source>The top topics of the month were not read.</source>
        <translation>No se leyeron los temas destacados del mes.</translation>
    </message>
    <message>
        <source>Writing the digest</source>
        <translation>Creando el resumen</translation>
    </message>
    <message>
        <source>category %1</source>
        <extracomment>Stands for a category whose name is not known yet; %1 is its number.</extracomment>
        <translation>categoría %1</translation>
    </message>
    <message>
        <source>Fetching “%1” (page %2)</source>
        <extracomment>%1 is a category name, %2 a page number (1 is the newest).</extracomment>
        <translation>Descargando «%1» (página %2)</translation>
    </message>
    <message>
        <source>The list of “%1” (page %2) was not read.</source>
        <extracomment>%1 is a category name, %2 a page number.</extracomment>
        <translation>No se leyó la lista de «%1» (página %2).</translation>
    </message>
    <message>
        <source>Sending the outbox</source>
        <translation>Enviando la bandeja de salida</translation>
    </message>
    <message>
        <source>Indexing posts for search</source>
        <translation>Indexando publicaciones para la búsqueda</translation>
    </message>
    <message>
        <source>The sync stopped because of an unexpected error. What was saved before is intact.</source>
        <translation>La sincronización se detuvo por un error inesperado. Lo que se guardó antes está intacto.</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dentro de %n minuto</numerusform>
            <numerusform>dentro de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in about %n hour(s)</source>
        <translation>
            <numerusform>dentro de aproximadamente %n hora</numerusform>
            <numerusform>dentro de aproximadamente %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in about %n day(s)</source>
        <translation>
            <numerusform>dentro de aproximadamente %n día</numerusform>
            <numerusform>dentro de aproximadamente %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The forum&apos;s request limit for now is used up, so the sync stopped; what was downloaded is kept. It can go on after %1 (%2).</source>
        <extracomment>%1 is a local time (or date and time), %2 how long until then (&quot;in about 3 hours&quot;).</extracomment>
        <translation>Por ahora se agotó el límite de solicitudes del foro, así que la sincronización se detuvo; lo descargado se conserva. Podrá continuar a partir de %1 (%2).</translation>
    </message>
    <message>
        <source>The forum could not be reached, so the sync stopped; what was downloaded is kept. %1</source>
        <extracomment>%1 says what went wrong with the connection (a whole sentence).</extracomment>
        <translation>No se pudo contactar con el foro, así que la sincronización se detuvo; lo descargado se conserva. %1</translation>
    </message>
    <message>
        <source>The sync was cancelled; what was downloaded is kept.</source>
        <translation>Se canceló la sincronización; lo descargado se conserva.</translation>
    </message>
    <message>
        <source>The sync stopped because the offline copy could not be written. %1 What was saved before is intact.</source>
        <extracomment>%1 is the store&apos;s own sentence about the failure (e.g. the disk is full).</extracomment>
        <translation>La sincronización se detuvo porque no se pudo escribir en la copia local. %1 Lo que se guardó antes está intacto.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) like these were left out of this report.</source>
        <translation>
            <numerusform>Se omitió de este informe %n problema más como estos.</numerusform>
            <numerusform>Se omitieron de este informe %n problemas más como estos.</numerusform>
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
        <translation>tema %1</translation>
    </message>
    <message>
        <source>Fetching “%1”</source>
        <translation>Descargando «%1»</translation>
    </message>
    <message>
        <source>The topic “%1” was not updated.</source>
        <extracomment>%1 is a topic title (or &quot;topic 123&quot;).</extracomment>
        <translation>No se actualizó el tema «%1».</translation>
    </message>
    <message>
        <source>Fetching posts of “%1”</source>
        <translation>Descargando publicaciones de «%1»</translation>
    </message>
    <message>
        <source>Some posts of the topic “%1” were not downloaded.</source>
        <translation>No se descargaron algunas publicaciones del tema «%1».</translation>
    </message>
    <message>
        <source>The forum refused your sign-in key. Topics it would not show were kept as they were, and your queued posts wait. Sign in to this forum again.</source>
        <translation>El foro rechazó tu clave de inicio de sesión. Los temas que no quiso mostrar se conservaron como estaban y tus publicaciones en cola siguen esperando. Vuelve a iniciar sesión en este foro.</translation>
    </message>
</context>
</TS>

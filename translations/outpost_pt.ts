<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en_GB">
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
        <translation>Não há nenhum chaveiro do sistema disponível, por isso os seus dados de acesso ficam guardados só na memória durante esta execução. Terá de entrar de novo da próxima vez. O Outpost nunca os grava num arquivo.</translation>
    </message>
    <message>
        <source>The system keychain refused to keep your sign-in (%1).</source>
        <extracomment>%1 is the keychain&apos;s own error text</extracomment>
        <translation>O chaveiro do sistema recusou guardar os seus dados de acesso (%1).</translation>
    </message>
</context>
<context>
    <name>outpost::auth::LoopbackReceiver</name>
    <message>
        <source>Outpost could not wait for the forum on port %1 of this computer (%2). Another program may be using it.</source>
        <translation>O Outpost não conseguiu esperar pelo fórum na porta %1 deste computador (%2). Talvez outro programa a esteja usando.</translation>
    </message>
    <message>
        <source>Outpost could not wait for the forum on this computer (%1).</source>
        <translation>O Outpost não conseguiu esperar pelo fórum neste computador (%1).</translation>
    </message>
    <message>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Esta solicitação é grande demais.</translation>
    </message>
    <message>
        <source>This request is not understood.</source>
        <translation>Esta solicitação não foi entendida.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Não há nada aqui.</translation>
    </message>
    <message>
        <source>The browser came back to Outpost without a sign-in code. Paste the code instead, or start again.</source>
        <translation>O navegador voltou ao Outpost sem um código de acesso. Cole o código em vez disso, ou comece de novo.</translation>
    </message>
    <message>
        <source>Outpost did not receive a sign-in code</source>
        <translation>O Outpost não recebeu um código de acesso</translation>
    </message>
    <message>
        <source>The forum&apos;s answer did not contain a sign-in code. Go back to Outpost: you can paste the code there, or start again.</source>
        <translation>A resposta do fórum não continha um código de acesso. Volte ao Outpost: você pode colar o código lá, ou começar de novo.</translation>
    </message>
    <message>
        <source>Back to Outpost</source>
        <translation>Voltar ao Outpost</translation>
    </message>
    <message>
        <source>Outpost has received the forum&apos;s answer. You can close this page and go back to Outpost.</source>
        <translation>O Outpost recebeu a resposta do fórum. Você pode fechar esta página e voltar ao Outpost.</translation>
    </message>
    <message>
        <source>The forum did not hand the key back to Outpost in time. Paste the code instead, or start again.</source>
        <translation>O fórum não devolveu a chave ao Outpost a tempo. Cole o código em vez disso, ou comece de novo.</translation>
    </message>
</context>
<context>
    <name>outpost::auth::UserApiKeyHandshake</name>
    <message>
        <source>Could not create the keys needed to sign in (the system&apos;s cryptography library failed).</source>
        <translation>Não foi possível criar as chaves necessárias para entrar (a biblioteca de criptografia do sistema falhou).</translation>
    </message>
    <message>
        <source>That is not a sign-in code from the forum. Copy the whole code shown after you approved Outpost, and paste it again.</source>
        <translation>Isto não é um código de acesso do fórum. Copie o código inteiro mostrado depois de autorizar o Outpost e cole-o de novo.</translation>
    </message>
    <message>
        <source>The sign-in code could not be read: it was not made for this sign-in attempt, or it was changed on the way. Start signing in again.</source>
        <translation>Não foi possível ler o código de acesso: não foi criado para esta tentativa de entrada, ou foi alterado pelo caminho. Comece a entrar de novo.</translation>
    </message>
    <message>
        <source>The sign-in code belongs to another sign-in attempt. Start signing in again and paste the code the forum shows then.</source>
        <translation>O código de acesso pertence a outra tentativa de entrada. Comece a entrar de novo e cole o código que o fórum mostrar nessa altura.</translation>
    </message>
    <message>
        <source>This forum speaks an older version of the sign-in protocol (%1; Outpost needs %2). Ask the forum&apos;s administrators to update Discourse.</source>
        <translation>Este fórum usa uma versão mais antiga do protocolo de entrada (%1; o Outpost precisa da %2). Peça aos administradores do fórum que atualizem o Discourse.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::CliApplication</name>
    <message>
        <source>Outpost, the offline-first Discourse client, from the command line.</source>
        <translation>Outpost, o cliente do Discourse pensado para funcionar offline, na linha de comando.</translation>
    </message>
    <message>
        <source>Where the cache and settings live (default: $OUTPOST_PROFILE, else the platform&apos;s application data folder).</source>
        <translation>Onde ficam os dados em cache e as configurações (padrão: $OUTPOST_PROFILE, ou então a pasta de dados de programas do sistema).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>PASTA</translation>
    </message>
    <message>
        <source>The forum to use, by URL or name (default: the first forum added).</source>
        <translation>O fórum a usar, por URL ou nome (padrão: o primeiro fórum adicionado).</translation>
    </message>
    <message>
        <source>URL|NAME</source>
        <translation>URL|NOME</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout instead of text for people.</source>
        <translation>Escrever um único documento JSON no stdout em vez de texto para pessoas.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <source>Usage: outpost-cli [--profile DIR] [--forum URL|NAME] COMMAND [ARGS...] [--json]</source>
        <translation>Uso: outpost-cli [--profile PASTA] [--forum URL|NOME] COMANDO [ARGS...] [--json]</translation>
    </message>
    <message>
        <source>Outpost keeps the categories you follow in a local cache, so you can read, search and write with no connection. These commands sync and read that cache.</source>
        <translation>O Outpost guarda localmente as categorias que segue, para que possa ler, pesquisar e escrever sem conexão. Estes comandos sincronizam e leem essa cópia local.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opções globais:</translation>
    </message>
    <message>
        <source>  --profile DIR       where the cache and settings live (or $OUTPOST_PROFILE)</source>
        <translation>  --profile PASTA     onde ficam os dados em cache e as configurações (ou $OUTPOST_PROFILE)</translation>
    </message>
    <message>
        <source>  --forum URL|NAME    the forum to use (default: the first forum added)</source>
        <translation>  --forum URL|NOME    o fórum a usar (padrão: o primeiro fórum adicionado)</translation>
    </message>
    <message>
        <source>  --json              print one JSON document on stdout</source>
        <translation>  --json              escrever um único documento JSON no stdout</translation>
    </message>
    <message>
        <source>  -h, --help          show help; &apos;outpost-cli COMMAND --help&apos; for a command</source>
        <translation>  -h, --help          mostrar a ajuda; &apos;outpost-cli COMANDO --help&apos; para um comando</translation>
    </message>
    <message>
        <source>  -v, --version       show the version</source>
        <translation>  -v, --version       mostrar a versão</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed (message on stderr), 2 bad usage, 3 partial (the sync stopped early: offline, rate budget or cancelled; what was stored stays).</source>
        <translation>Códigos de saída: 0 concluído, 1 falhou (mensagem no stderr), 2 uso incorreto, 3 parcial (a sincronização parou antes do fim: sem conexão, limite de pedidos do fórum ou cancelada; o que foi guardado permanece).</translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation>Uso:   </translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>nenhum comando indicado</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconhecido &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>outpost::cli::CliContext</name>
    <message>
        <source>no forum has been added yet; add one with &apos;outpost-cli forum add URL&apos;</source>
        <translation>ainda não foi adicionado nenhum fórum; adicione um com &apos;outpost-cli forum add URL&apos;</translation>
    </message>
    <message>
        <source>there is no forum &apos;%1&apos;; &apos;outpost-cli forum list&apos; shows the forums</source>
        <translation>não existe o fórum &apos;%1&apos;; &apos;outpost-cli forum list&apos; mostra os fóruns</translation>
    </message>
    <message>
        <source>outpost-cli: %1</source>
        <extracomment>Prefix of every error message of the command-line program; %1 is the message.</extracomment>
        <translation>outpost-cli: %1</translation>
    </message>
    <message>
        <source>Try &apos;outpost-cli --help&apos; for more information.</source>
        <translation>Use &apos;outpost-cli --help&apos; para mais informações.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::Command</name>
    <message>
        <source>Read the text from FILE (UTF-8); &apos;-&apos; reads stdin.</source>
        <translation>Ler o texto de ARQUIVO (UTF-8); &apos;-&apos; lê do stdin.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>give the text either with --file or as &apos;-&apos;, not both</source>
        <translation>indique o texto com --file ou como &apos;-&apos;, não ambos</translation>
    </message>
    <message>
        <source>give the text with --file FILE, or &apos;-&apos; to read stdin</source>
        <translation>indique o texto com --file ARQUIVO, ou &apos;-&apos; para ler do stdin</translation>
    </message>
</context>
<context>
    <name>outpost::cli::ForumCommands</name>
    <message>
        <source>&apos;%1&apos; is not a forum address; give one like https://community.dhis2.org</source>
        <translation>&apos;%1&apos; não é um endereço de fórum; indique um como https://community.dhis2.org</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password; sign in with &apos;outpost-cli login&apos;</source>
        <translation>o endereço não pode conter nome de usuário nem senha; entre com &apos;outpost-cli login&apos;</translation>
    </message>
    <message>
        <source>Add, list, rename or remove forums.</source>
        <translation>Adicionar, listar, renomear ou remover fóruns.</translation>
    </message>
    <message>
        <source>The forum&apos;s name in Outpost.</source>
        <translation>O nome do fórum no Outpost.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Add the forum without checking that it answers like a Discourse forum.</source>
        <translation>Adicionar o fórum sem verificar se responde como um fórum Discourse.</translation>
    </message>
    <message>
        <source>&apos;forum&apos; needs an action: add, list, rename or remove</source>
        <translation>&apos;forum&apos; precisa de uma ação: add, list, rename ou remove</translation>
    </message>
    <message>
        <source>&apos;forum %1&apos; does not take these arguments; see &apos;outpost-cli forum --help&apos;</source>
        <translation>&apos;forum %1&apos; não aceita estes argumentos; veja &apos;outpost-cli forum --help&apos;</translation>
    </message>
    <message>
        <source>%1 is already added, as “%2”</source>
        <translation>%1 já foi adicionado, como “%2”</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>Verificando %1 …</translation>
    </message>
    <message>
        <source>The forum only shows its content to members; sign in with &apos;outpost-cli login&apos; before syncing.</source>
        <translation>O fórum só mostra o conteúdo aos membros; entre com &apos;outpost-cli login&apos; antes de sincronizar.</translation>
    </message>
    <message>
        <source>The forum could not be reached now, so it was added unchecked; &apos;outpost-cli sync&apos; will try when you are online. (%1)</source>
        <translation>Não foi possível conectar-se ao fórum agora, por isso foi adicionado sem verificação; &apos;outpost-cli sync&apos; tentará quando tiver conexão. (%1)</translation>
    </message>
    <message>
        <source>%1 does not answer like a Discourse forum: %2 Check the address, or add it anyway with --no-check.</source>
        <translation>%1 não responde como um fórum Discourse: %2 Verifique o endereço, ou adicione-o mesmo assim com --no-check.</translation>
    </message>
    <message>
        <source>Added forum %1, “%2” (%3). It is the default forum.</source>
        <translation>Fórum %1 adicionado, “%2” (%3). É o fórum padrão.</translation>
    </message>
    <message>
        <source>Added forum %1, “%2” (%3).</source>
        <translation>Fórum %1 adicionado, “%2” (%3).</translation>
    </message>
    <message>
        <source>Next: &apos;outpost-cli sync&apos; reads its categories, then &apos;outpost-cli categories&apos; lists them and &apos;outpost-cli follow ID&apos; picks the ones to keep offline.</source>
        <translation>A seguir: &apos;outpost-cli sync&apos; lê as categorias, depois &apos;outpost-cli categories&apos; mostra a lista e &apos;outpost-cli follow ID&apos; escolhe as que quer manter offline.</translation>
    </message>
    <message>
        <source>No forum yet. Add one with &apos;outpost-cli forum add URL&apos;.</source>
        <translation>Ainda não há nenhum fórum. Adicione um com &apos;outpost-cli forum add URL&apos;.</translation>
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
        <translation>SINCRONIZADO</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>Marks the default forum in &apos;forum list&apos;.</extracomment>
        <translation>%1 (padrão)</translation>
    </message>
    <message>
        <source>the new name is empty</source>
        <translation>o novo nome está vazio</translation>
    </message>
    <message>
        <source>Forum %1 is now called “%2”.</source>
        <translation>O novo nome do fórum %1 é “%2”.</translation>
    </message>
    <message>
        <source>Removed forum %1, “%2”, and its offline copy.</source>
        <translation>O fórum %1, “%2”, e a sua cópia offline foram removidos.</translation>
    </message>
    <message>
        <source>there is no forum &apos;%1&apos;; &apos;outpost-cli forum list&apos; shows the forums</source>
        <translation>não existe o fórum &apos;%1&apos;; &apos;outpost-cli forum list&apos; mostra os fóruns</translation>
    </message>
    <message>
        <source>Keep categories offline: their topics are synced.</source>
        <translation>Manter categorias offline: os tópicos delas são sincronizados.</translation>
    </message>
    <message>
        <source>Stop syncing categories (what is cached stays readable).</source>
        <translation>Deixar de sincronizar categorias (o que já está em cache continua legível).</translation>
    </message>
    <message>
        <source>give the ids of the categories (&apos;outpost-cli categories&apos; lists them)</source>
        <translation>indique os ids das categorias (&apos;outpost-cli categories&apos; mostra a lista)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category id</source>
        <translation>&apos;%1&apos; não é um id de categoria</translation>
    </message>
    <message>
        <source>there is no category %1 on this forum; &apos;outpost-cli categories&apos; lists them</source>
        <translation>não existe a categoria %1 neste fórum; &apos;outpost-cli categories&apos; mostra a lista</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>categoria %1</translation>
    </message>
    <message>
        <source>Following %1.</source>
        <translation>Passou a seguir %1.</translation>
    </message>
    <message>
        <source>No longer following %1.</source>
        <translation>Deixou de seguir %1.</translation>
    </message>
    <message>
        <source>%1 was not followed.</source>
        <translation>%1 não era seguida.</translation>
    </message>
    <message>
        <source>Note: the forum&apos;s categories are not synced yet, so the ids were not checked; &apos;outpost-cli sync&apos; will read them.</source>
        <translation>Nota: as categorias do fórum ainda não foram sincronizadas, por isso os ids não foram verificados; &apos;outpost-cli sync&apos; vai lê-las.</translation>
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
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <extracomment>Minutes ago, abbreviated: &quot;5 min ago&quot;.</extracomment>
        <translation>há %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <extracomment>Hours ago, abbreviated: &quot;3 h ago&quot;.</extracomment>
        <translation>há %1 h</translation>
    </message>
    <message>
        <source>today %1</source>
        <extracomment>Earlier today, at a time: &quot;today 08:15&quot;.</extracomment>
        <translation>hoje às %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>ontem às %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A weekday and a time: &quot;Tuesday 14:05&quot;.</extracomment>
        <translation>%1 às %2</translation>
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
        <translation>Colocar na fila uma curtida numa publicação.</translation>
    </message>
    <message>
        <source>like POST_ID</source>
        <translation>like ID_PUBLICAÇÃO</translation>
    </message>
    <message>
        <source>like needs the id of a post (a number)</source>
        <translation>like precisa do id de uma publicação (um número)</translation>
    </message>
    <message>
        <source>Queued the like of post %1 as %2; it will be sent on the next sync.</source>
        <translation>A curtida da publicação %1 foi colocada na fila como %2; será enviada na próxima sincronização.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::LoginCommand</name>
    <message>
        <source>Sign in to the forum with a User API Key (the key goes to the system keychain).</source>
        <translation>Entrar no fórum com uma chave de API de usuário (User API Key), guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>&apos;login&apos; takes no arguments</source>
        <translation>&apos;login&apos; não aceita argumentos</translation>
    </message>
    <message>
        <source>Outpost on %1</source>
        <extracomment>Shown to the person on the forum&apos;s consent page; %1 is the computer&apos;s name.</extracomment>
        <translation>Outpost em %1</translation>
    </message>
    <message>
        <source>1. Open this address in your web browser and sign in to %1 if it asks:</source>
        <translation>1. Abra este endereço no seu navegador e entre em %1, se for pedido:</translation>
    </message>
    <message>
        <source>2. Choose &quot;Authorize&quot;. The forum then shows a long code.</source>
        <translation>2. Escolha &quot;Autorizar&quot; (Authorize). O fórum mostra então um código longo.</translation>
    </message>
    <message>
        <source>3. Paste the code here and press Enter on an empty line (or Ctrl+D):</source>
        <translation>3. Cole o código aqui e pressione Enter numa linha vazia (ou Ctrl+D):</translation>
    </message>
    <message>
        <source>The forum did not accept the new key: %1</source>
        <translation>O fórum não aceitou a nova chave: %1</translation>
    </message>
    <message>
        <source>%1 For scripts and machines without a keychain, set the environment variable OUTPOST_USER_API_KEY instead.</source>
        <translation>%1 Para scripts e máquinas sem chaveiro, defina antes a variável de ambiente OUTPOST_USER_API_KEY.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Sessão iniciada em %1 como %2.</translation>
    </message>
    <message>
        <source>Ask the forum to hand the key back to outpost-cli by itself, through http://127.0.0.1:PORT/outpost-auth (the forum&apos;s admins must allow that address). Pasting the code still works while it waits.</source>
        <translation>Pedir ao fórum que devolva a chave ao outpost-cli sozinho, por http://127.0.0.1:PORT/outpost-auth (os administradores do fórum precisam permitir esse endereço). Colar o código continua funcionando enquanto ele espera.</translation>
    </message>
    <message>
        <source>The port for --redirect (default: the forum&apos;s setting, else %1; 0: any free port).</source>
        <translation>A porta para --redirect (padrão: a configuração do fórum, senão %1; 0: qualquer porta livre).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORTA</translation>
    </message>
    <message>
        <source>--redirect-port must be a number from 0 to 65535</source>
        <translation>--redirect-port deve ser um número de 0 a 65535</translation>
    </message>
    <message>
        <source>Sign in by pasting the code instead.</source>
        <translation>Entre colando o código em vez disso.</translation>
    </message>
    <message>
        <source>2. Choose &quot;Authorize&quot;. The forum hands the key back to outpost-cli by itself.</source>
        <translation>2. Escolha &quot;Autorizar&quot; (Authorize). O fórum devolve a chave ao outpost-cli sozinho.</translation>
    </message>
    <message>
        <source>   If your browser shows a code, or cannot open the page it is sent to, paste the code (or that page&apos;s whole address) here and press Enter on an empty line.</source>
        <translation>   Se o seu navegador mostrar um código, ou não conseguir abrir a página para a qual é enviado, cole aqui o código (ou o endereço completo dessa página) e pressione Enter numa linha vazia.</translation>
    </message>
    <message>
        <source>The forum handed the key back.</source>
        <translation>O fórum devolveu a chave.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::LogoutCommand</name>
    <message>
        <source>Sign out: revoke the key on the forum and remove it from this computer. Drafts and the outbox stay.</source>
        <translation>Sair: revogar a chave no fórum e removê-la deste computador. Os rascunhos e a caixa de saída ficam.</translation>
    </message>
    <message>
        <source>&apos;logout&apos; takes no arguments</source>
        <translation>&apos;logout&apos; não aceita argumentos</translation>
    </message>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>Não há sessão iniciada em %1.</translation>
    </message>
    <message>
        <source>Signed out of %1. Your drafts and outbox are kept.</source>
        <translation>Sessão terminada em %1. Os seus rascunhos e a caixa de saída foram mantidos.</translation>
    </message>
    <message>
        <source>The key was removed from this computer, but the forum could not be told to revoke it (%1). Revoke it in your preferences on the forum, under Apps, when you are online.</source>
        <translation>A chave foi removida deste computador, mas não foi possível pedir ao fórum que a revogasse (%1). Revogue-a nas suas preferências no fórum, em Aplicativos (Apps), quando tiver conexão.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::NewTopicCommand</name>
    <message>
        <source>Queue a new topic (sent on the next sync).</source>
        <translation>Colocar na fila um novo tópico (enviado na próxima sincronização).</translation>
    </message>
    <message>
        <source>new-topic --category ID --title TITLE (--file FILE | -)</source>
        <translation>new-topic --category ID --title TÍTULO (--file ARQUIVO | -)</translation>
    </message>
    <message>
        <source>The category to post in.</source>
        <translation>A categoria onde publicar.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The topic&apos;s title.</source>
        <translation>O título do tópico.</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>new-topic takes no arguments but &apos;-&apos;</source>
        <translation>new-topic não aceita argumentos além de &apos;-&apos;</translation>
    </message>
    <message>
        <source>new-topic needs --category ID (a number)</source>
        <translation>new-topic precisa de --category ID (um número)</translation>
    </message>
    <message>
        <source>new-topic needs --title TITLE</source>
        <translation>new-topic precisa de --title TÍTULO</translation>
    </message>
    <message>
        <source>Queued the new topic “%1” as %2; it will be sent on the next sync. Reply to it before then with &apos;outpost-cli reply %2 -&apos;.</source>
        <translation>O novo tópico “%1” foi colocado na fila como %2; será enviado na próxima sincronização. Até lá, pode responder com &apos;outpost-cli reply %2 -&apos;.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::OutboxCommand</name>
    <message>
        <source>List the outbox; show, retry, discard or send its items now.</source>
        <translation>Listar a caixa de saída; mostrar, tentar de novo, descartar ou enviar agora os seus itens.</translation>
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
        <translation>retry: para uma edição em conflito, enviar a sua por cima da versão mais recente do fórum.</translation>
    </message>
    <message>
        <source>retry: for an edit in conflict, keep the forum&apos;s version and drop yours.</source>
        <translation>retry: para uma edição em conflito, manter a versão do fórum e descartar a sua.</translation>
    </message>
    <message>
        <source>discard: also discard the queued replies to this new topic.</source>
        <translation>discard: descartar também as respostas na fila para este novo tópico.</translation>
    </message>
    <message>
        <source>&apos;outbox %1&apos; needs the id of an item</source>
        <translation>&apos;outbox %1&apos; precisa do id de um item</translation>
    </message>
    <message>
        <source>too many arguments for &apos;outbox %1&apos;</source>
        <translation>argumentos a mais para &apos;outbox %1&apos;</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, show, retry, discard, send)</source>
        <translation>ação desconhecida &apos;%1&apos; (list, show, retry, discard, send)</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>A caixa de saída está vazia.</translation>
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
        <translation>SOBRE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DETALHES</translation>
    </message>
    <message>
        <source>post %1</source>
        <translation>publicação %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several outbox items; give more of the id</source>
        <translation>&apos;%1&apos; corresponde a vários itens da caixa de saída; indique mais caracteres do id</translation>
    </message>
    <message>
        <source>there is no outbox item &apos;%1&apos;; &apos;outpost-cli outbox&apos; lists them</source>
        <translation>não existe o item &apos;%1&apos; na caixa de saída; &apos;outpost-cli outbox&apos; mostra a lista</translation>
    </message>
    <message>
        <source>note: an earlier attempt to send it may have reached the forum; check the topic there.</source>
        <translation>nota: uma tentativa anterior de envio pode ter chegado ao fórum; verifique o tópico lá.</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n item(s).</source>
        <translation>
            <numerusform>%n item descartado.</numerusform>
            <numerusform>%n itens descartados.</numerusform>
        </translation>
    </message>
    <message>
        <source>this edit is in conflict with a newer version on the forum: retry it with --keep-mine or --take-theirs (&apos;outpost-cli outbox show %1&apos; shows both)</source>
        <translation>esta edição está em conflito com uma versão mais recente no fórum: tente de novo com --keep-mine ou --take-theirs (&apos;outpost-cli outbox show %1&apos; mostra as duas)</translation>
    </message>
    <message>
        <source>Kept the forum&apos;s version; your edit was dropped.</source>
        <translation>Foi mantida a versão do fórum; a sua edição foi descartada.</translation>
    </message>
    <message>
        <source>Queued %1 again; it will be sent on the next sync.</source>
        <translation>%1 foi colocado de novo na fila; será enviado na próxima sincronização.</translation>
    </message>
    <message>
        <source>Item:     %1</source>
        <translation>Item:     %1</translation>
    </message>
    <message>
        <source>Kind:     %1</source>
        <translation>Tipo:     %1</translation>
    </message>
    <message>
        <source>About:    %1</source>
        <translation>Sobre:    %1</translation>
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
        <translation>No fórum: publicação %1</translation>
    </message>
    <message>
        <source>Title:    %1</source>
        <translation>Título:   %1</translation>
    </message>
    <message>
        <source>Your text:</source>
        <translation>O seu texto:</translation>
    </message>
    <message>
        <source>The forum&apos;s text (version %1):</source>
        <translation>O texto do fórum (versão %1):</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n item(s).</source>
        <translation>
            <numerusform>%n item enviado.</numerusform>
            <numerusform>%n itens enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;outpost-cli outbox&apos; lists them with the forum&apos;s reasons.</source>
        <translation>&apos;outpost-cli outbox&apos; mostra a lista com os motivos do fórum.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::OutboxText</name>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>não foi possível ler &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than 4 MB; that is not the text of a post</source>
        <translation>&apos;%1&apos; tem mais de 4 MB; isso não é o texto de uma publicação</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>&apos;%1&apos; não é texto UTF-8; guarde-o em UTF-8 e tente de novo</translation>
    </message>
    <message>
        <source>the text is empty; there is nothing to send</source>
        <translation>o texto está vazio; não há nada para enviar</translation>
    </message>
    <message numerus="yes">
        <source>note: forums usually refuse posts shorter than %n characters; it is queued anyway, and the forum will say.</source>
        <translation>
            <numerusform>nota: os fóruns costumam recusar publicações com menos de %n caractere; ficou na fila mesmo assim, e o fórum dirá se aceita.</numerusform>
            <numerusform>nota: os fóruns costumam recusar publicações com menos de %n caracteres; ficou na fila mesmo assim, e o fórum dirá se aceita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: forums usually refuse posts longer than %n characters; it is queued anyway, and the forum will say.</source>
        <translation>
            <numerusform>nota: os fóruns costumam recusar publicações com mais de %n caractere; ficou na fila mesmo assim, e o fórum dirá se aceita.</numerusform>
            <numerusform>nota: os fóruns costumam recusar publicações com mais de %n caracteres; ficou na fila mesmo assim, e o fórum dirá se aceita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: forums usually refuse titles shorter than %n characters; it is queued anyway, and the forum will say.</source>
        <translation>
            <numerusform>nota: os fóruns costumam recusar títulos com menos de %n caractere; ficou na fila mesmo assim, e o fórum dirá se aceita.</numerusform>
            <numerusform>nota: os fóruns costumam recusar títulos com menos de %n caracteres; ficou na fila mesmo assim, e o fórum dirá se aceita.</numerusform>
        </translation>
    </message>
    <message>
        <source>reply</source>
        <translation>resposta</translation>
    </message>
    <message>
        <source>new topic</source>
        <translation>novo tópico</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>edição</translation>
    </message>
    <message>
        <source>like</source>
        <translation>curtida</translation>
    </message>
    <message>
        <source>queued (checking)</source>
        <translation>na fila (em verificação)</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>na fila</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>em envio</translation>
    </message>
    <message>
        <source>sent (awaiting approval)</source>
        <translation>enviado (aguarda aprovação)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>needs attention (conflict)</source>
        <translation>precisa de atenção (conflito)</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>precisa de atenção</translation>
    </message>
    <message>
        <source>after new topic %1</source>
        <translation>depois do novo tópico %1</translation>
    </message>
    <message>
        <source>topic %1, post %2</source>
        <extracomment>%1 is a topic id, %2 a post number in it</extracomment>
        <translation>tópico %1, publicação %2</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>tópico %1</translation>
    </message>
    <message>
        <source>“%1” in category %2</source>
        <extracomment>%1 is a topic title, %2 a category id</extracomment>
        <translation>“%1” na categoria %2</translation>
    </message>
    <message>
        <source>post %1</source>
        <translation>publicação %1</translation>
    </message>
</context>
<context>
    <name>outpost::cli::ReadCommands</name>
    <message>
        <source>List the forum&apos;s categories; followed ones are marked.</source>
        <translation>Listar as categorias do fórum; as seguidas são marcadas.</translation>
    </message>
    <message>
        <source>&apos;categories&apos; takes no arguments</source>
        <translation>&apos;categories&apos; não aceita argumentos</translation>
    </message>
    <message>
        <source>No categories in the offline copy yet: run &apos;outpost-cli sync&apos;.</source>
        <translation>Ainda não há categorias na cópia offline: execute &apos;outpost-cli sync&apos;.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>TOPICS</source>
        <extracomment>Column: topics cached offline / topics on the forum.</extracomment>
        <translation>TÓPICOS</translation>
    </message>
    <message>
        <source>FOLLOWED</source>
        <translation>SEGUIDA</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>List cached topics, newest activity first.</source>
        <translation>Listar os tópicos em cache, com a atividade mais recente primeiro.</translation>
    </message>
    <message>
        <source>Only this category and its subcategories.</source>
        <translation>Apenas esta categoria e as suas subcategorias.</translation>
    </message>
    <message>
        <source>At most N topics (default 50; 0 for all).</source>
        <translation>No máximo N tópicos (padrão 50; 0 para todos).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&apos;topics&apos; takes no arguments, only options</source>
        <translation>&apos;topics&apos; não aceita argumentos, só opções</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category id</source>
        <translation>&apos;%1&apos; não é um id de categoria</translation>
    </message>
    <message>
        <source>--limit needs a number, 0 or more</source>
        <translation>--limit precisa de um número, 0 ou mais</translation>
    </message>
    <message>
        <source>No topics in the offline copy yet: follow categories and run &apos;outpost-cli sync&apos;.</source>
        <translation>Ainda não há tópicos na cópia offline: siga categorias e execute &apos;outpost-cli sync&apos;.</translation>
    </message>
    <message>
        <source>Show a cached topic, post by post.</source>
        <translation>Mostrar um tópico em cache, publicação a publicação.</translation>
    </message>
    <message>
        <source>&apos;thread&apos; needs one topic id</source>
        <translation>&apos;thread&apos; precisa de um id de tópico</translation>
    </message>
    <message>
        <source>topic %1 is not in the offline copy; fetch it with &apos;outpost-cli sync --topic %1&apos;</source>
        <translation>o tópico %1 não está na cópia offline; baixe-o com &apos;outpost-cli sync --topic %1&apos;</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 posts cached</source>
        <extracomment>Under a thread&apos;s title: %1 category, %2 posts cached, %3 posts on the forum.</extracomment>
        <translation>%1 · %2 de %3 publicações em cache</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>categoria %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fechado</translation>
    </message>
    <message>
        <source>edited</source>
        <extracomment>After a post&apos;s date: it was edited.</extracomment>
        <translation>editada</translation>
    </message>
    <message>
        <source>No post of this topic is cached; fetch it with &apos;outpost-cli sync --topic %1&apos;.</source>
        <translation>Nenhuma publicação deste tópico está em cache; baixe o tópico com &apos;outpost-cli sync --topic %1&apos;.</translation>
    </message>
    <message>
        <source>What is new since the previous sync, and the forum&apos;s top topics.</source>
        <translation>O que há de novo desde a sincronização anterior, e os tópicos mais populares do fórum.</translation>
    </message>
    <message>
        <source>&apos;digest&apos; takes no arguments</source>
        <translation>&apos;digest&apos; não aceita argumentos</translation>
    </message>
    <message>
        <source>No digest yet: run &apos;outpost-cli sync&apos;.</source>
        <translation>Ainda não há resumo: execute &apos;outpost-cli sync&apos;.</translation>
    </message>
    <message>
        <source>Digest of %1, since %2</source>
        <translation>Resumo de %1, desde %2</translation>
    </message>
    <message>
        <source>New topics</source>
        <translation>Tópicos novos</translation>
    </message>
    <message>
        <source>Topics with new posts</source>
        <translation>Tópicos com publicações novas</translation>
    </message>
    <message>
        <source>Top topics of the week</source>
        <translation>Tópicos mais populares da semana</translation>
    </message>
    <message>
        <source>Top topics of the month</source>
        <translation>Tópicos mais populares do mês</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Search the cached posts (accents and case do not matter).</source>
        <translation>Pesquisar nas publicações em cache (acentos e maiúsculas/minúsculas não importam).</translation>
    </message>
    <message>
        <source>Only in this category.</source>
        <translation>Apenas nesta categoria.</translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation>No máximo N resultados (padrão 20).</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs something to look for</source>
        <translation>&apos;search&apos; precisa de algo para pesquisar</translation>
    </message>
    <message>
        <source>--limit needs a number above 0</source>
        <translation>--limit precisa de um número maior que 0</translation>
    </message>
    <message>
        <source>Nothing in the offline copy matches “%1”.</source>
        <translation>Nada na cópia offline corresponde a “%1”.</translation>
    </message>
    <message>
        <source>%1 (topic %2, #%3 by %4, %5)</source>
        <extracomment>A search result&apos;s heading: %1 title, %2 topic id, %3 post number, %4 author, %5 when.</extracomment>
        <translation>%1 (tópico %2, #%3 por %4, %5)</translation>
    </message>
    <message>
        <source>Per forum: last sync, followed categories, what is cached, the outbox.</source>
        <translation>Por fórum: última sincronização, categorias seguidas, o que está em cache, a caixa de saída.</translation>
    </message>
    <message>
        <source>&apos;status&apos; takes no arguments</source>
        <translation>&apos;status&apos; não aceita argumentos</translation>
    </message>
    <message>
        <source>No forum yet. Add one with &apos;outpost-cli forum add URL&apos;.</source>
        <translation>Ainda não há nenhum fórum. Adicione um com &apos;outpost-cli forum add URL&apos;.</translation>
    </message>
    <message>
        <source>%1 (default) — %2</source>
        <translation>%1 (padrão) — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (stopped early; last complete: %2)</source>
        <extracomment>After the time of the last sync, when it stopped early.</extracomment>
        <translation>%1 (parou antes do fim; última completa: %2)</translation>
    </message>
    <message>
        <source>last sync:</source>
        <extracomment>Labels of &apos;outpost-cli status&apos;, aligned in a column.</extracomment>
        <translation>sincronização:</translation>
    </message>
    <message>
        <source>following:</source>
        <translation>seguidas:</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>nenhuma categoria</translation>
    </message>
    <message>
        <source>offline copy:</source>
        <translation>cópia offline:</translation>
    </message>
    <message>
        <source>%1 topics, %2 posts, %3</source>
        <translation>%1 tópicos, %2 publicações, %3</translation>
    </message>
    <message>
        <source>outbox:</source>
        <translation>caixa de saída:</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 à espera</translation>
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
        <translation>PUBLICAÇÕES</translation>
    </message>
    <message>
        <source>UNREAD</source>
        <translation>NÃO LIDAS</translation>
    </message>
    <message>
        <source>ACTIVITY</source>
        <translation>ATIVIDADE</translation>
    </message>
    <message>
        <source>%1 [closed]</source>
        <extracomment>A closed topic&apos;s title in lists.</extracomment>
        <translation>%1 [fechado]</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>A topic never opened, in the UNREAD column.</extracomment>
        <translation>novo</translation>
    </message>
</context>
<context>
    <name>outpost::cli::ReplyCommand</name>
    <message>
        <source>Queue a reply to a topic (sent on the next sync).</source>
        <translation>Colocar na fila uma resposta a um tópico (enviada na próxima sincronização).</translation>
    </message>
    <message>
        <source>reply TOPIC_ID (--file FILE | -) [--to POST_NUMBER]</source>
        <translation>reply ID_TÓPICO (--file ARQUIVO | -) [--to NÚM_PUBLICAÇÃO]</translation>
    </message>
    <message>
        <source>reply NEW_TOPIC_OUTBOX_ID (--file FILE | -)</source>
        <translation>reply ID_NOVO_TÓPICO_NA_CAIXA_DE_SAÍDA (--file ARQUIVO | -)</translation>
    </message>
    <message>
        <source>Reply to this post of the topic.</source>
        <translation>Responder a esta publicação do tópico.</translation>
    </message>
    <message>
        <source>POST_NUMBER</source>
        <translation>NÚM_PUBLICAÇÃO</translation>
    </message>
    <message>
        <source>reply needs a topic id, then the text</source>
        <translation>reply precisa de um id de tópico e depois do texto</translation>
    </message>
    <message>
        <source>--to needs a post number (1, 2, ...)</source>
        <translation>--to precisa de um número de publicação (1, 2, ...)</translation>
    </message>
    <message>
        <source>Queued the reply to topic %1 as %2; it will be sent on the next sync.</source>
        <translation>A resposta ao tópico %1 foi colocada na fila como %2; será enviada na próxima sincronização.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several outbox items; give more of the id</source>
        <translation>&apos;%1&apos; corresponde a vários itens da caixa de saída; indique mais caracteres do id</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a topic id nor a new topic in the outbox</source>
        <translation>&apos;%1&apos; não é um id de tópico nem um novo tópico na caixa de saída</translation>
    </message>
    <message>
        <source>Queued the reply as %1; it will be sent on the next sync, after the new topic %2.</source>
        <translation>A resposta foi colocada na fila como %1; será enviada na próxima sincronização, depois do novo tópico %2.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::SyncCommands</name>
    <message>
        <source>[%1/%2 topics, %3] %4</source>
        <extracomment>The sync&apos;s progress line: %1/%2 topics done/planned, %3 bytes downloaded, %4 what it is doing.</extracomment>
        <translation>[%1/%2 tópicos, %3] %4</translation>
    </message>
    <message>
        <source>Cancelling: finishing what is being saved …</source>
        <translation>Cancelando: concluindo a gravação em curso …</translation>
    </message>
    <message>
        <source>Pull the followed categories and the digest into the offline copy.</source>
        <translation>Trazer as categorias seguidas e o resumo para a cópia offline.</translation>
    </message>
    <message>
        <source>Also fetch one more window of older topics of this category (repeatable).</source>
        <translation>Obter também mais um lote de tópicos mais antigos desta categoria (repetível).</translation>
    </message>
    <message>
        <source>CATEGORY_ID</source>
        <translation>ID_CATEGORIA</translation>
    </message>
    <message>
        <source>Also fetch this whole thread now, first (repeatable).</source>
        <translation>Obter também este tópico inteiro agora, antes do resto (repetível).</translation>
    </message>
    <message>
        <source>TOPIC_ID</source>
        <translation>ID_TÓPICO</translation>
    </message>
    <message>
        <source>&apos;sync&apos; takes no arguments, only options</source>
        <translation>&apos;sync&apos; não aceita argumentos, só opções</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category id</source>
        <translation>&apos;%1&apos; não é um id de categoria</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a topic id</source>
        <translation>&apos;%1&apos; não é um id de tópico</translation>
    </message>
    <message>
        <source>Synced “%1” in %2.</source>
        <translation>“%1” sincronizado em %2.</translation>
    </message>
    <message>
        <source>Synced part of “%1” in %2.</source>
        <translation>Parte de “%1” sincronizada em %2.</translation>
    </message>
    <message>
        <source>topics updated:</source>
        <extracomment>Labels of the sync summary, aligned in a column.</extracomment>
        <translation>tópicos atualizados:</translation>
    </message>
    <message>
        <source>posts:</source>
        <translation>publicações:</translation>
    </message>
    <message>
        <source>%1 new, %2 edited, %3 deleted</source>
        <translation>%1 novas, %2 editadas, %3 apagadas</translation>
    </message>
    <message>
        <source>requests:</source>
        <translation>pedidos:</translation>
    </message>
    <message>
        <source>%1 (%2 down, %3 up)</source>
        <translation>%1 (%2 recebidos, %3 enviados)</translation>
    </message>
    <message>
        <source>Problems (the next sync tries again):</source>
        <translation>Problemas (a próxima sincronização tenta de novo):</translation>
    </message>
    <message>
        <source>You follow no category of this forum yet, so only its categories and the digest were synced. &apos;outpost-cli categories&apos; lists them; &apos;outpost-cli follow ID&apos; picks the ones to keep offline.</source>
        <translation>Ainda não segue nenhuma categoria deste fórum, por isso só foram sincronizados as categorias e o resumo. &apos;outpost-cli categories&apos; mostra a lista; &apos;outpost-cli follow ID&apos; escolhe as que quer manter offline.</translation>
    </message>
</context>
<context>
    <name>outpost::discourse</name>
    <message>
        <source>The forum asked Outpost to slow down. Try again in a little while.</source>
        <translation>O fórum pediu ao Outpost para ir mais devagar. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>The forum limits what new members can post: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>O fórum limita o que os novos membros podem publicar: %1</translation>
    </message>
    <message>
        <source>The forum is in read-only mode, usually for maintenance or a backup. Try again later.</source>
        <translation>O fórum está em modo só de leitura, normalmente para manutenção ou uma cópia de segurança. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The forum refused your sign-in key; sign in again.</source>
        <translation>O fórum recusou a sua chave de acesso; entre de novo.</translation>
    </message>
    <message>
        <source>The forum did not allow this: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>O fórum não permitiu isto: %1</translation>
    </message>
    <message>
        <source>The forum did not accept this because the topic has been closed or deleted.</source>
        <translation>O fórum não aceitou isto porque o tópico foi fechado ou apagado.</translation>
    </message>
    <message>
        <source>The forum could not find this. It may have been deleted or made private.</source>
        <translation>O fórum não encontrou isto. Pode ter sido apagado ou tornado privado.</translation>
    </message>
    <message>
        <source>The forum ran into an internal error (HTTP %1). Try again later; if it keeps happening, tell the forum&apos;s administrators.</source>
        <extracomment>%1 is an HTTP status code, e.g. 502</extracomment>
        <translation>O fórum teve um erro interno (HTTP %1). Tente de novo mais tarde; se o problema persistir, avise os administradores do fórum.</translation>
    </message>
    <message>
        <source>The forum&apos;s server is not answering properly right now (HTTP %1). Try again later.</source>
        <extracomment>%1 is an HTTP status code, e.g. 502</extracomment>
        <translation>O servidor do fórum não responde corretamente neste momento (HTTP %1). Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The forum refused this because it is too short: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>O fórum recusou isto por ser curto demais: %1</translation>
    </message>
    <message>
        <source>The forum refused this as a repeat of something you posted a few minutes ago: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>O fórum recusou isto por repetir algo que publicou há poucos minutos: %1</translation>
    </message>
    <message>
        <source>The forum asked you to wait: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>O fórum pediu que espere: %1</translation>
    </message>
    <message>
        <source>The forum did not accept this: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>O fórum não aceitou isto: %1</translation>
    </message>
    <message>
        <source>The forum refused the request (HTTP %1).</source>
        <extracomment>%1 is an HTTP status code, e.g. 502</extracomment>
        <translation>O fórum recusou o pedido (HTTP %1).</translation>
    </message>
    <message>
        <source>The forum sent an empty answer. Try again later.</source>
        <translation>O fórum enviou uma resposta vazia. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>A web page answered instead of the forum. If you are on a hotel or public network, open a browser to sign in to the network, then try again.</source>
        <translation>Uma página web respondeu em vez do fórum. Se estiver numa rede de hotel ou pública, abra um navegador para entrar na rede e tente de novo.</translation>
    </message>
    <message>
        <source>The forum&apos;s answer was cut off, probably by a dropped connection. Try again.</source>
        <translation>A resposta do fórum chegou cortada, provavelmente por uma queda da conexão. Tente de novo.</translation>
    </message>
    <message>
        <source>The forum sent an answer Outpost cannot read. The forum may run a version Outpost does not support yet.</source>
        <translation>O fórum enviou uma resposta que o Outpost não consegue ler. O fórum pode ter uma versão que o Outpost ainda não suporta.</translation>
    </message>
    <message>
        <source>[Image: %1, %2×%3]</source>
        <extracomment>Placeholder for an image of a post; %1 is its description, %2×%3 its size in pixels</extracomment>
        <translation>[Imagem: %1, %2×%3]</translation>
    </message>
    <message>
        <source>[Image: %1]</source>
        <extracomment>Placeholder for an image of a post; %1 is its description</extracomment>
        <translation>[Imagem: %1]</translation>
    </message>
    <message>
        <source>[Image, %1×%2]</source>
        <extracomment>Placeholder for an image of a post without description; %1×%2 is its size in pixels</extracomment>
        <translation>[Imagem, %1×%2]</translation>
    </message>
    <message>
        <source>[Image]</source>
        <extracomment>Placeholder for an image of a post without description or size</extracomment>
        <translation>[Imagem]</translation>
    </message>
    <message>
        <source>Quote:</source>
        <extracomment>Above quoted text whose author is unknown</extracomment>
        <translation>Citação:</translation>
    </message>
    <message>
        <source>%1 said:</source>
        <extracomment>Above quoted text; %1 is the username of the person quoted</extracomment>
        <translation>%1 disse:</translation>
    </message>
    <message>
        <source>This post is too long to show in full here.</source>
        <translation>Esta publicação é longa demais para ser mostrada aqui por inteiro.</translation>
    </message>
    <message numerus="yes">
        <source>Table shortened: %n more row(s) not shown.</source>
        <translation>
            <numerusform>Tabela encurtada: mais %n linha não mostrada.</numerusform>
            <numerusform>Tabela encurtada: mais %n linhas não mostradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::forums</name>
    <message>
        <source>Type the address of the forum, for example community.dhis2.org.</source>
        <translation>Escreva o endereço do fórum, por exemplo community.dhis2.org.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Type it as it appears in your browser, for example community.dhis2.org.</source>
        <translation>“%1” não é um endereço web. Escreva-o como aparece no seu navegador, por exemplo community.dhis2.org.</translation>
    </message>
    <message>
        <source>Outpost opens forums over https (or http). “%1” is neither.</source>
        <translation>O Outpost abre fóruns por https (ou http). “%1” não é nenhum dos dois.</translation>
    </message>
    <message>
        <source>Leave the name and password out of the address; public forums need neither.</source>
        <translation>Deixe o nome e a senha fora do endereço; os fóruns públicos não precisam de nenhum dos dois.</translation>
    </message>
    <message>
        <source>Outpost could not reach the forum. Check the address and your connection, then try again.</source>
        <translation>O Outpost não conseguiu conectar-se ao fórum. Verifique o endereço e a sua conexão e tente de novo.</translation>
    </message>
    <message>
        <source>This forum shows its categories only to members who are signed in. Outpost cannot sign in yet, so it cannot follow this forum.</source>
        <translation>Este fórum só mostra as categorias aos membros com sessão iniciada. O Outpost ainda não consegue entrar, por isso não pode seguir este fórum.</translation>
    </message>
    <message>
        <source>There is no Discourse forum at this address. Check it against the one in your browser.</source>
        <translation>Não há nenhum fórum Discourse neste endereço. Compare-o com o do seu navegador.</translation>
    </message>
    <message>
        <source>This address answered, but not as a Discourse forum does. Check that it is the forum&apos;s own address.</source>
        <translation>Este endereço respondeu, mas não como um fórum Discourse. Verifique se é o endereço do próprio fórum.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::AboutDialog</name>
    <message>
        <source>Made by</source>
        <translation>Feito por</translation>
    </message>
    <message>
        <source>Translated by</source>
        <translation>Traduzido por</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A language and the people who translated Outpost into it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These languages wait for their first credited translator: %1. translations/TRANSLATING.md says how to help.</source>
        <translation>Estes idiomas ainda esperam o primeiro tradutor nos créditos: %1. O arquivo translations/TRANSLATING.md explica como ajudar.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Criado com</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A library Outpost uses, and its licence</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About Outpost</source>
        <translation>Sobre o Outpost</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Read, search and follow Discourse forums, also offline: made for slow, costly and intermittent connections.</source>
        <translation>Leia, pesquise e siga fóruns do Discourse, também offline: feito para conexões lentas, caras e intermitentes.</translation>
    </message>
    <message>
        <source>Outpost is free software under the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty.</source>
        <extracomment>%1 is the licence&apos;s SPDX name (GPL-3.0-or-later)</extracomment>
        <translation>O Outpost é software livre, sob a GNU General Public License (Licença Pública Geral GNU), versão 3 ou (a seu critério) qualquer versão posterior (%1). É fornecido sem nenhuma garantia.</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Sobre</translation>
    </message>
    <message>
        <source>&amp;Credits</source>
        <translation>&amp;Créditos</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licença</translation>
    </message>
</context>
<context>
    <name>outpost::gui::AccountController</name>
    <message>
        <source>Looking for your sign-in…</source>
        <translation>Procurando os seus dados de acesso…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sem sessão iniciada</translation>
    </message>
    <message>
        <source>Signed in (for this run only)</source>
        <translation>Sessão iniciada (só nesta execução)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sessão iniciada</translation>
    </message>
    <message>
        <source>Signed in as %1 (for this run only)</source>
        <extracomment>%1 is the person&apos;s username on the forum</extracomment>
        <translation>Sessão iniciada como %1 (só nesta execução)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sessão iniciada como %1</translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation>É preciso entrar</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Saindo da conta…</translation>
    </message>
    <message>
        <source>You are signed in as %1.</source>
        <translation>Sessão iniciada como %1.</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>Está sem conexão.</translation>
    </message>
    <message>
        <source>You are signed out on this computer, but the forum could not be told to revoke the key (%1). Revoke it in your preferences on the forum, under Apps, when you are online.</source>
        <translation>A sessão foi terminada neste computador, mas não foi possível pedir ao fórum que revogasse a chave (%1). Revogue-a nas suas preferências no fórum, em Aplicativos (Apps), quando tiver conexão.</translation>
    </message>
    <message>
        <source>You are signed out of %1. Your drafts and outbox are kept.</source>
        <extracomment>%1 is the forum&apos;s name</extracomment>
        <translation>Sessão terminada em %1. Os seus rascunhos e a caixa de saída foram mantidos.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::AccountStatus</name>
    <message>
        <source>Sign In…</source>
        <translation>Entrar…</translation>
    </message>
    <message>
        <source>Public forums work without signing in. To post, like and see your watched categories, sign in.</source>
        <translation>Os fóruns públicos funcionam sem entrar. Para publicar, curtir e ver as categorias que observa, entre na sua conta.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::AppCommandLine</name>
    <message>
        <source>Outpost: read, search and follow a Discourse forum, also offline.</source>
        <translation>Outpost: ler, pesquisar e seguir um fórum Discourse, também offline.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <source>Where the cache and settings live (default: $OUTPOST_PROFILE, else the platform&apos;s application data folder).</source>
        <translation>Onde ficam os dados em cache e as configurações (padrão: $OUTPOST_PROFILE, ou então a pasta de dados de programas do sistema).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>PASTA</translation>
    </message>
    <message>
        <source>Show the main window for about a second and quit (for packaging checks).</source>
        <translation>Mostrar a janela principal durante cerca de um segundo e sair (para verificações de empacotamento).</translation>
    </message>
    <message>
        <source>Add this forum (or open it, if it is already added) and skip the first-start questions.</source>
        <translation>Adicionar este fórum (ou abri-lo, se já estiver adicionado), sem as perguntas do primeiro início.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --add-forum: follow these categories, by id.</source>
        <translation>Com --add-forum: seguir estas categorias, por id.</translation>
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
        <translation>Use &apos;outpost --help&apos; para mais informações.</translation>
    </message>
    <message>
        <source>outpost: unexpected argument &apos;%1&apos;</source>
        <translation>outpost: argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>outpost: --follow needs --add-forum URL</source>
        <translation>outpost: --follow precisa de --add-forum URL</translation>
    </message>
    <message>
        <source>outpost: &apos;%1&apos; is not a category id (a positive number)</source>
        <translation>outpost: &apos;%1&apos; não é um id de categoria (um número positivo)</translation>
    </message>
    <message>
        <source>Show Outpost in this language for this run (fr, es, pt, ar, en, or pseudo to test translations); default: $OUTPOST_LANG, else the language chosen in the settings, else the system&apos;s.</source>
        <translation>Mostrar o Outpost neste idioma durante esta execução (fr, es, pt, ar, en, ou pseudo para testar as traduções); padrão: $OUTPOST_LANG, ou então o idioma escolhido nas configurações, ou então o do sistema.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>outpost: --lang needs a language code such as fr or ar</source>
        <translation>outpost: --lang precisa de um código de idioma, como fr ou ar</translation>
    </message>
</context>
<context>
    <name>outpost::gui::CategoriesPage</name>
    <message>
        <source>Which categories do you follow?</source>
        <translation>Que categorias quer seguir?</translation>
    </message>
    <message>
        <source>Outpost downloads the topics of the categories you follow. You can change this any time with the stars in the sidebar.</source>
        <translation>O Outpost baixa os tópicos das categorias que segue. Pode mudar isto a qualquer momento com as estrelas na barra lateral.</translation>
    </message>
    <message>
        <source>Categories to follow</source>
        <translation>Categorias para seguir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar todas</translation>
    </message>
    <message>
        <source>Select None</source>
        <translation>Desmarcar todas</translation>
    </message>
</context>
<context>
    <name>outpost::gui::CategoryChoiceModel</name>
    <message numerus="yes">
        <source>%1 (%n topic(s))</source>
        <extracomment>A category to choose on first start: %1 its name, then its number of topics</extracomment>
        <translation>
            <numerusform>%1 (%n tópico)</numerusform>
            <numerusform>%1 (%n tópicos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n topic(s)</source>
        <translation>
            <numerusform>%1, %n tópico</numerusform>
            <numerusform>%1, %n tópicos</numerusform>
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
        <translation>%1, não seguida</translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s)</source>
        <translation>
            <numerusform>%n tópico novo</numerusform>
            <numerusform>%n tópicos novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread topic(s)</source>
        <translation>
            <numerusform>%n tópico não lido</numerusform>
            <numerusform>%n tópicos não lidos</numerusform>
        </translation>
    </message>
    <message>
        <source>What’s new</source>
        <extracomment>Sidebar entry: the digest of what changed since the last visit</extracomment>
        <translation>Novidades</translation>
    </message>
    <message>
        <source>Followed topics</source>
        <extracomment>Sidebar entry: the topics of every followed category together</extracomment>
        <translation>Tópicos seguidos</translation>
    </message>
    <message>
        <source>New topics since your last visit, and the week’s and month’s top topics</source>
        <translation>Tópicos novos desde a sua última visita e os mais populares da semana e do mês</translation>
    </message>
    <message>
        <source>The newest topics of every category you follow</source>
        <translation>Os tópicos mais recentes de cada categoria que segue</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) downloaded</source>
        <translation>
            <numerusform>%n tópico baixado</numerusform>
            <numerusform>%n tópicos baixados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) with unread posts</source>
        <translation>
            <numerusform>%n tópico com publicações não lidas</numerusform>
            <numerusform>%n tópicos com publicações não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Última sincronização: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda sem sincronização</translation>
    </message>
</context>
<context>
    <name>outpost::gui::CategoryTreeView</name>
    <message>
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
    <message>
        <source>Stop following this category</source>
        <translation>Deixar de seguir esta categoria</translation>
    </message>
    <message>
        <source>Follow this category</source>
        <translation>Seguir esta categoria</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ComposeController</name>
    <message>
        <source>Add a forum first.</source>
        <translation>Adicione primeiro um fórum.</translation>
    </message>
    <message>
        <source>You can only edit your own posts.</source>
        <translation>Só pode editar as suas próprias publicações.</translation>
    </message>
    <message>
        <source>The post’s original Markdown is not downloaded, so the edit starts from its text: check links and formatting before sending.</source>
        <translation>O Markdown original da publicação não foi baixado, por isso a edição começa a partir do texto dela: verifique os links e a formatação antes de enviar.</translation>
    </message>
    <message>
        <source>That draft is gone: it was sent or deleted.</source>
        <translation>Esse rascunho já não existe: foi enviado ou apagado.</translation>
    </message>
    <message>
        <source>You already like this post.</source>
        <translation>Já curtiu esta publicação.</translation>
    </message>
    <message>
        <source>You cannot like your own post.</source>
        <translation>Não pode curtir a sua própria publicação.</translation>
    </message>
    <message>
        <source>Your like of this post is already in the outbox.</source>
        <translation>A sua curtida desta publicação já está na caixa de saída.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ComposerWindow</name>
    <message>
        <source>Your words are saved as a draft as you type.</source>
        <translation>O que escreve é guardado como rascunho enquanto digita.</translation>
    </message>
    <message>
        <source>%1 — Outpost</source>
        <translation>%1 — Outpost</translation>
    </message>
    <message>
        <source>You are editing version %1 of your post. If someone changes it on the forum before your edit goes out, Outpost shows you both texts and lets you choose.</source>
        <translation>Está editando a versão %1 da sua publicação. Se alguém a alterar no fórum antes de a sua edição ser enviada, o Outpost mostra os dois textos e permite que escolha.</translation>
    </message>
    <message>
        <source>If someone changes your post on the forum before your edit goes out, Outpost shows you both texts and lets you choose.</source>
        <translation>Se alguém alterar a sua publicação no fórum antes de a sua edição ser enviada, o Outpost mostra os dois textos e permite que escolha.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What is the topic about, in a sentence?</source>
        <translation>Sobre o que é o tópico, numa frase?</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <source>Your post, in Markdown</source>
        <extracomment>Accessible name of the composer&apos;s text field</extracomment>
        <translation>A sua publicação, em Markdown</translation>
    </message>
    <message>
        <source>Write in Markdown: **bold**, *italic*, `code`, &gt; quote, - list, @name to mention someone.</source>
        <translation>Escreva em Markdown: **negrito**, *itálico*, `código`, &gt; citação, - lista, @nome para mencionar alguém.</translation>
    </message>
    <message>
        <source>Preview: how the forum will show it</source>
        <translation>Pré-visualização: como o fórum vai mostrá-la</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>Preview of your post</source>
        <extracomment>Accessible name of the composer&apos;s preview of the post</extracomment>
        <translation>Pré-visualização da sua publicação</translation>
    </message>
    <message>
        <source>Hide &amp;Preview</source>
        <translation>Ocultar &amp;pré-visualização</translation>
    </message>
    <message>
        <source>Show or hide the preview (Ctrl+Shift+P)</source>
        <translation>Mostrar ou ocultar a pré-visualização (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Delete Draft…</source>
        <translation>&amp;Apagar rascunho…</translation>
    </message>
    <message>
        <source>Throw these words away</source>
        <translation>Jogar fora este texto</translation>
    </message>
    <message>
        <source>Keep as Draft &amp;&amp; C&amp;lose</source>
        <translation>Guardar como rascunho &amp;&amp; &amp;fechar</translation>
    </message>
    <message>
        <source>Close the window; the draft stays in Drafts (Esc)</source>
        <translation>Fechar a janela; o rascunho fica em Rascunhos (Esc)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Put it in the outbox; it goes to the forum as soon as the link allows (Ctrl+Enter)</source>
        <translation>Colocar na caixa de saída; será enviado ao fórum assim que a conexão permitir (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Show or hide the preview</source>
        <translation>Mostrar ou ocultar a pré-visualização</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Apagar rascunho</translation>
    </message>
    <message>
        <source>Keep as draft and close</source>
        <translation>Guardar como rascunho e fechar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>Mostrar &amp;pré-visualização</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Show or Hide Preview</source>
        <translation>Mostrar ou ocultar pré-visualização</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <extracomment>The first entry of the composer&apos;s category chooser</extracomment>
        <translation>Escolha uma categoria…</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <extracomment>A subcategory in the category chooser; %1 the parent&apos;s name, %2 its own</extracomment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <extracomment>The composer&apos;s status line; %1 is a time of day</extracomment>
        <translation>Rascunho guardado às %1.</translation>
    </message>
    <message>
        <source>You are offline. Send puts your post in the outbox; it goes out when the connection returns.</source>
        <translation>Está sem conexão. Enviar coloca a sua publicação na caixa de saída; ela será enviada quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>Apagar rascunho</translation>
    </message>
    <message>
        <source>Delete this draft? Its words cannot be brought back.</source>
        <translation>Apagar este rascunho? O texto não poderá ser recuperado.</translation>
    </message>
    <message>
        <source>Draft Not Saved</source>
        <translation>Rascunho não guardado</translation>
    </message>
    <message>
        <source>Your draft could not be saved, so closing this window would lose what you wrote. Close it anyway?</source>
        <translation>Não foi possível guardar o seu rascunho, por isso fechar esta janela perderia o que escreveu. Fechar mesmo assim?</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DigestModel</name>
    <message>
        <source>New topics</source>
        <extracomment>Digest section: topics created since the previous sync</extracomment>
        <translation>Tópicos novos</translation>
    </message>
    <message>
        <source>New replies</source>
        <extracomment>Digest section: older topics that got new posts since the previous sync</extracomment>
        <translation>Respostas novas</translation>
    </message>
    <message>
        <source>Top this week</source>
        <translation>Mais populares da semana</translation>
    </message>
    <message>
        <source>Top this month</source>
        <translation>Mais populares do mês</translation>
    </message>
    <message>
        <source>%1, new</source>
        <translation>%1, novo</translation>
    </message>
    <message>
        <source>%1
Last activity: %2</source>
        <translation>%1
Última atividade: %2</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DigestView</name>
    <message>
        <source>What’s new</source>
        <translation>Novidades</translation>
    </message>
    <message>
        <source>The digest is made at each sync: what is new since the sync before, and the week’s and month’s top topics. Sync to make the first one.</source>
        <translation>O resumo é criado a cada sincronização: o que há de novo desde a sincronização anterior e os tópicos mais populares da semana e do mês. Sincronize para criar o primeiro.</translation>
    </message>
    <message>
        <source>Since %1. Made %2; readable offline.</source>
        <translation>Desde %1. Criado %2; disponível offline.</translation>
    </message>
    <message>
        <source>Made %1; readable offline.</source>
        <translation>Criado %1; disponível offline.</translation>
    </message>
    <message>
        <source>Nothing new since the sync before.</source>
        <translation>Nada de novo desde a sincronização anterior.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DraftController</name>
    <message>
        <source>Write something first: there is nothing to send.</source>
        <translation>Escreva algo primeiro: não há nada para enviar.</translation>
    </message>
    <message>
        <source>A new topic needs a title.</source>
        <translation>Um novo tópico precisa de um título.</translation>
    </message>
    <message>
        <source>Choose the category the topic belongs in.</source>
        <translation>Escolha a categoria a que o tópico pertence.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DraftListModel</name>
    <message>
        <source>%1 (empty)</source>
        <extracomment>A draft in the drafts list; %1 is what it is (&quot;Reply to “Title”&quot;)</extracomment>
        <translation>%1 (vazio)</translation>
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
        <translation>Nenhum rascunho. O que começar a escrever fica guardado aqui até enviá-lo.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Rascunhos</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>Abrir rascunho</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Apa&amp;gar…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Apagar rascunho</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>Apagar rascunho</translation>
    </message>
    <message>
        <source>Delete this draft? Its words cannot be brought back.</source>
        <translation>Apagar este rascunho? O texto não poderá ser recuperado.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::FirstRunWizard</name>
    <message>
        <source>Welcome to Outpost</source>
        <translation>Bem-vindo ao Outpost</translation>
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
        <translation>Fó&amp;rum</translation>
    </message>
    <message>
        <source>&amp;Add a Forum…</source>
        <translation>&amp;Adicionar um fórum…</translation>
    </message>
    <message>
        <source>Add another Discourse forum to read offline</source>
        <translation>Adicionar outro fórum do Discourse para ler offline</translation>
    </message>
    <message>
        <source>Re&amp;name Forum…</source>
        <translation>Re&amp;nomear fórum…</translation>
    </message>
    <message>
        <source>Give the open forum another name in Outpost</source>
        <translation>Dar outro nome no Outpost ao fórum aberto</translation>
    </message>
    <message>
        <source>Re&amp;move Forum…</source>
        <translation>Re&amp;mover fórum…</translation>
    </message>
    <message>
        <source>Remove the open forum and its offline copy from this computer</source>
        <translation>Remover deste computador o fórum aberto e a sua cópia offline</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Sign in to the open forum with your account, to post and like</source>
        <translation>Entrar no fórum aberto com a sua conta, para publicar e curtir</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Sair da conta</translation>
    </message>
    <message>
        <source>Revoke Outpost&apos;s key on the forum and forget it here; drafts and the outbox stay</source>
        <translation>Revogar a chave do Outpost no fórum e esquecê-la aqui; os rascunhos e a caixa de saída ficam</translation>
    </message>
    <message>
        <source>&amp;About Outpost</source>
        <translation>Sobre o &amp;Outpost</translation>
    </message>
    <message>
        <source>Version, licence and the people who made Outpost</source>
        <translation>Versão, licença e as pessoas que fizeram o Outpost</translation>
    </message>
    <message>
        <source>&amp;Sign In Again…</source>
        <translation>&amp;Entrar de novo…</translation>
    </message>
    <message>
        <source>Rename Forum</source>
        <translation>Renomear fórum</translation>
    </message>
    <message>
        <source>Name of %1 in Outpost:</source>
        <extracomment>%1 is the forum&apos;s address</extracomment>
        <translation>Nome de %1 no Outpost:</translation>
    </message>
    <message>
        <source>Remove Forum</source>
        <translation>Remover fórum</translation>
    </message>
    <message numerus="yes">
        <source>“%1” still has %n draft(s) or unsent post(s) in the outbox. Send or delete them before removing the forum.</source>
        <extracomment>%1 is the forum&apos;s name</extracomment>
        <translation>
            <numerusform>“%1” ainda tem %n rascunho ou publicação não enviada na caixa de saída. Envie-o ou apague-o antes de remover o fórum.</numerusform>
            <numerusform>“%1” ainda tem %n rascunhos ou publicações não enviadas na caixa de saída. Envie-os ou apague-os antes de remover o fórum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” from Outpost?</source>
        <translation>Remover “%1” do Outpost?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>The forum is syncing. Cancel the sync or let it finish, then remove the forum.</source>
        <translation>O fórum está sendo sincronizado. Cancele a sincronização ou espere que termine e depois remova o fórum.</translation>
    </message>
    <message>
        <source>“%1” is removed, with its offline copy.</source>
        <extracomment>%1 is the forum&apos;s name</extracomment>
        <translation>“%1” foi removido, junto com a sua cópia offline.</translation>
    </message>
    <message>
        <source>Its offline copy on this computer is deleted. If you are signed in, Outpost first revokes its key on the forum and forgets your sign-in; nothing else changes on the forum.</source>
        <translation>A cópia offline dele neste computador é apagada. Se você estiver conectado, o Outpost primeiro revoga a chave dele no fórum e esquece o seu acesso; nada mais muda no fórum.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ForumPage</name>
    <message>
        <source>Which forum do you want to read?</source>
        <translation>Que fórum quer ler?</translation>
    </message>
    <message>
        <source>Outpost keeps a copy of a Discourse forum on this computer, so you can read and search it without a connection. Public forums need no account.</source>
        <translation>O Outpost guarda uma cópia de um fórum Discourse neste computador, para que possa lê-lo e pesquisá-lo sem conexão. Os fóruns públicos não precisam de conta.</translation>
    </message>
    <message>
        <source>DHIS2 Community of Practice (%1)</source>
        <extracomment>The forum offered first; %1 is its address</extracomment>
        <translation>Comunidade de Prática DHIS2 (%1)</translation>
    </message>
    <message>
        <source>Another Discourse forum:</source>
        <translation>Outro fórum Discourse:</translation>
    </message>
    <message>
        <source>forum.example.org</source>
        <translation>forum.example.org</translation>
    </message>
    <message>
        <source>Address of the forum</source>
        <translation>Endereço do fórum</translation>
    </message>
    <message>
        <source>Looking at the forum</source>
        <translation>Verificação do fórum</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>You seem to be offline. Outpost needs a connection once, to fetch the forum’s categories. Connect, then click Next.</source>
        <translation>Parece estar sem conexão. O Outpost precisa de uma conexão uma vez, para obter as categorias do fórum. Conecte-se e clique em Próximo.</translation>
    </message>
    <message>
        <source>Looking at %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>Found “%1”.</source>
        <translation>Encontrado: “%1”.</translation>
    </message>
    <message>
        <source>Click Next to try again.</source>
        <translation>Clique em Próximo para tentar de novo.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ImageController</name>
    <message>
        <source>The downloaded picture is damaged.</source>
        <translation>A imagem baixada está danificada.</translation>
    </message>
    <message>
        <source>You are offline: the picture will download when you click it again online.</source>
        <translation>Está sem conexão: a imagem será baixada quando clicar nela de novo com conexão.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Baixando…</translation>
    </message>
    <message>
        <source>Not downloaded: %1 Click to try again.</source>
        <translation>Não baixada: %1 Clique para tentar de novo.</translation>
    </message>
    <message>
        <source>Not downloaded. Click to download it when you are online.</source>
        <translation>Não baixada. Clique para baixá-la quando tiver conexão.</translation>
    </message>
    <message>
        <source>Not downloaded (%1). Click to download it when you are online.</source>
        <translation>Não baixada (%1). Clique para baixá-la quando tiver conexão.</translation>
    </message>
    <message>
        <source>Not downloaded on a metered connection. Click to download.</source>
        <translation>Não baixada numa conexão limitada. Clique para baixar.</translation>
    </message>
    <message>
        <source>Not downloaded on a metered connection. Click to download (%1).</source>
        <translation>Não baixada numa conexão limitada. Clique para baixar (%1).</translation>
    </message>
    <message>
        <source>Click to download the picture.</source>
        <translation>Clique para baixar a imagem.</translation>
    </message>
    <message>
        <source>Click to download the picture (%1).</source>
        <translation>Clique para baixar a imagem (%1).</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
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
        <translation>Abrir link</translation>
    </message>
    <message>
        <source>This link opens your e-mail program to write to:</source>
        <translation>Este link abre o seu programa de e-mail para escrever a:</translation>
    </message>
    <message>
        <source>This link leaves Outpost and opens in your web browser:</source>
        <translation>Este link sai do Outpost e abre no seu navegador:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Do not ask again for links to %1</source>
        <translation>Não perguntar mais sobre links para %1</translation>
    </message>
    <message>
        <source>Write E-mail</source>
        <translation>Escrever e-mail</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Abrir no navegador</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Copiar endereço</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>outpost::gui::MainActions</name>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>Download what changed on the forum since the last sync</source>
        <translation>Baixar o que mudou no fórum desde a última sincronização</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>&amp;Cancelar sincronização</translation>
    </message>
    <message>
        <source>Stop the sync; what arrived stays</source>
        <translation>Parar a sincronização; o que já chegou fica guardado</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figurações…</translation>
    </message>
    <message>
        <source>What Outpost downloads, and when</source>
        <translation>O que o Outpost baixa, e quando</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>Close Outpost</source>
        <translation>Fechar o Outpost</translation>
    </message>
    <message>
        <source>&amp;What’s New</source>
        <translation>&amp;Novidades</translation>
    </message>
    <message>
        <source>New topics and replies since the last sync, and the top topics</source>
        <translation>Tópicos novos e respostas desde a última sincronização, e os tópicos mais populares</translation>
    </message>
    <message>
        <source>&amp;Followed Topics</source>
        <translation>&amp;Tópicos seguidos</translation>
    </message>
    <message>
        <source>The newest topics of every category you follow</source>
        <translation>Os tópicos mais recentes de cada categoria que segue</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Pesquisar…</translation>
    </message>
    <message>
        <source>Search everything downloaded</source>
        <translation>Pesquisar em tudo o que foi baixado</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Próximo pa&amp;inel</translation>
    </message>
    <message>
        <source>Move between the sidebar, the topic list and the topic</source>
        <translation>Alternar entre a barra lateral, a lista de tópicos e o tópico</translation>
    </message>
    <message>
        <source>F&amp;ollow or Stop Following Category</source>
        <translation>&amp;Seguir ou deixar de seguir a categoria</translation>
    </message>
    <message>
        <source>Follow the chosen category, or stop following it</source>
        <translation>Seguir a categoria escolhida, ou deixar de segui-la</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Go back to where you were</source>
        <translation>Voltar para onde estava</translation>
    </message>
    <message>
        <source>Next &amp;Topic</source>
        <translation>Próximo &amp;tópico</translation>
    </message>
    <message>
        <source>Open the next topic of the list</source>
        <translation>Abrir o próximo tópico da lista</translation>
    </message>
    <message>
        <source>Pre&amp;vious Topic</source>
        <translation>Tópico &amp;anterior</translation>
    </message>
    <message>
        <source>Open the previous topic of the list</source>
        <translation>Abrir o tópico anterior da lista</translation>
    </message>
    <message>
        <source>&amp;Next Post</source>
        <translation>Próxima &amp;publicação</translation>
    </message>
    <message>
        <source>Go to the next post of the topic</source>
        <translation>Ir para a próxima publicação do tópico</translation>
    </message>
    <message>
        <source>&amp;Previous Post</source>
        <translation>Publicação ant&amp;erior</translation>
    </message>
    <message>
        <source>Go to the previous post of the topic</source>
        <translation>Ir para a publicação anterior do tópico</translation>
    </message>
    <message>
        <source>&amp;Download Whole Topic</source>
        <translation>&amp;Baixar tópico inteiro</translation>
    </message>
    <message>
        <source>Download the posts of this topic that are not here yet</source>
        <translation>Baixar as publicações deste tópico que ainda não estão aqui</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Every key Outpost knows</source>
        <translation>Todas as teclas que o Outpost conhece</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
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
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New Topic…</source>
        <translation>&amp;Novo tópico…</translation>
    </message>
    <message>
        <source>Start a topic in a category; it is sent from the outbox</source>
        <translation>Iniciar um tópico numa categoria; é enviado a partir da caixa de saída</translation>
    </message>
    <message>
        <source>&amp;Reply to Topic…</source>
        <translation>&amp;Responder ao tópico…</translation>
    </message>
    <message>
        <source>Write a reply to the open topic, with or without a connection</source>
        <translation>Escrever uma resposta ao tópico aberto, com ou sem conexão</translation>
    </message>
    <message>
        <source>Reply to &amp;Post…</source>
        <translation>Responder à &amp;publicação…</translation>
    </message>
    <message>
        <source>Write a reply to the current post of the topic</source>
        <translation>Escrever uma resposta à publicação atual do tópico</translation>
    </message>
    <message>
        <source>&amp;Quote Post…</source>
        <translation>&amp;Citar publicação…</translation>
    </message>
    <message>
        <source>Reply quoting the words you selected in a post (or the whole post)</source>
        <translation>Responder citando as palavras que selecionou numa publicação (ou a publicação inteira)</translation>
    </message>
    <message>
        <source>&amp;Edit Your Post…</source>
        <translation>&amp;Editar a sua publicação…</translation>
    </message>
    <message>
        <source>Change the current post, if it is yours</source>
        <translation>Alterar a publicação atual, se for sua</translation>
    </message>
    <message>
        <source>&amp;Like Post</source>
        <translation>C&amp;urtir publicação</translation>
    </message>
    <message>
        <source>Like the current post; the like is sent from the outbox</source>
        <translation>Curtir a publicação atual; a curtida é enviada a partir da caixa de saída</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>Caixa de &amp;saída</translation>
    </message>
    <message>
        <source>What waits to be sent, what was sent, and what needs your attention</source>
        <translation>O que aguarda envio, o que foi enviado e o que precisa da sua atenção</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>R&amp;ascunhos</translation>
    </message>
    <message>
        <source>What you started writing and did not send yet</source>
        <translation>O que começou a escrever e ainda não enviou</translation>
    </message>
    <message>
        <source>&amp;Send Outbox Now</source>
        <translation>En&amp;viar caixa de saída agora</translation>
    </message>
    <message>
        <source>Send what waits in the outbox now, without a whole sync</source>
        <translation>Enviar agora o que aguarda na caixa de saída, sem uma sincronização completa</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <extracomment>The menu of writing commands (new topic, reply, outbox, drafts)</extracomment>
        <translation>&amp;Escrever</translation>
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
        <translation>Pesquisar nas publicações baixadas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Outpost keeps a forum on this computer so you can read it offline. Add the forum you want to follow.</source>
        <translation>O Outpost guarda um fórum neste computador para que possa lê-lo sem conexão. Adicione o fórum que quer seguir.</translation>
    </message>
    <message>
        <source>Add a Forum…</source>
        <translation>Adicionar um fórum…</translation>
    </message>
    <message>
        <source>%1 — Outpost</source>
        <translation>%1 — Outpost</translation>
    </message>
    <message numerus="yes">
        <source>The sync finished, but %n thing(s) went wrong.</source>
        <translation>
            <numerusform>A sincronização terminou, mas houve %n problema.</numerusform>
            <numerusform>A sincronização terminou, mas houve %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync stopped before it was done.</source>
        <translation>A sincronização parou antes de terminar.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>That topic is not downloaded.</source>
        <translation>Esse tópico não foi baixado.</translation>
    </message>
    <message>
        <source>That post is in a topic that is not downloaded.</source>
        <translation>Essa publicação está num tópico que não foi baixado.</translation>
    </message>
    <message>
        <source>No web browser could open the link.</source>
        <translation>Nenhum navegador conseguiu abrir o link.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a pesquisa</translation>
    </message>
    <message>
        <source>Your new topic is in the outbox.</source>
        <translation>O seu novo tópico está na caixa de saída.</translation>
    </message>
    <message>
        <source>Your edit is in the outbox.</source>
        <translation>A sua edição está na caixa de saída.</translation>
    </message>
    <message>
        <source>Your like is in the outbox.</source>
        <translation>A sua curtida está na caixa de saída.</translation>
    </message>
    <message>
        <source>Your reply is in the outbox.</source>
        <translation>A sua resposta está na caixa de saída.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>The forum refused %n item(s): see the outbox.</source>
        <translation>
            <numerusform>O fórum recusou %n item: veja a caixa de saída.</numerusform>
            <numerusform>O fórum recusou %n itens: veja a caixa de saída.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n item(s).</source>
        <translation>
            <numerusform>%n item enviado.</numerusform>
            <numerusform>%n itens enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a topic first.</source>
        <translation>Abra primeiro um tópico.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar detalhes técnicos</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>Closes a message strip</extracomment>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Fechar esta mensagem</translation>
    </message>
</context>
<context>
    <name>outpost::gui::NetworkIndicator</name>
    <message>
        <source>Offline</source>
        <translation>Sem conexão</translation>
    </message>
    <message>
        <source>Metered connection</source>
        <translation>Conexão limitada</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>No connection. Everything downloaded stays readable; syncing waits for the connection to return.</source>
        <translation>Sem conexão. Tudo o que foi baixado continua legível; a sincronização espera que a conexão volte.</translation>
    </message>
    <message>
        <source>A metered connection: pictures are not downloaded and Outpost syncs only when you ask, unless you allowed more in the settings.</source>
        <translation>Uma conexão limitada: as imagens não são baixadas e o Outpost só sincroniza a seu pedido, a não ser que tenha permitido mais nas configurações.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Conexão: %1</translation>
    </message>
</context>
<context>
    <name>outpost::gui::OptionsPage</name>
    <message>
        <source>How much to download</source>
        <translation>Quanto baixar</translation>
    </message>
    <message>
        <source>These choices are in the settings too.</source>
        <translation>Estas opções também estão nas configurações.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Days of activity to download</source>
        <translation>Dias de atividade a baixar</translation>
    </message>
    <message>
        <source>Sync now, and whenever Outpost starts</source>
        <translation>Sincronizar agora e sempre que o Outpost iniciar</translation>
    </message>
    <message>
        <source>Sync when the connection comes back</source>
        <translation>Sincronizar quando a conexão voltar</translation>
    </message>
    <message>
        <source>Download pictures on a metered connection too</source>
        <translation>Baixar imagens também numa conexão limitada</translation>
    </message>
    <message>
        <source>Download topics active in the last</source>
        <translation>Baixar os tópicos com atividade nos últimos</translation>
    </message>
    <message>
        <source>On a metered connection Outpost downloads only what you ask for: it syncs when you click Sync and leaves pictures until you click them.</source>
        <translation>Numa conexão limitada, o Outpost só baixa o que pedir: sincroniza quando clicar em Sincronizar e deixa as imagens para quando clicar nelas.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::OutboxController</name>
    <message>
        <source>Sign in to send. Your posts wait safely in the outbox until you sign in to this forum.</source>
        <extracomment>The outbox has posts but the person is not signed in to the forum</extracomment>
        <translation>Entre para enviar. As suas publicações aguardam em segurança na caixa de saída até que entre neste fórum.</translation>
    </message>
    <message>
        <source>Sign in to send: %1</source>
        <extracomment>%1 is the forum&apos;s reason, in plain words</extracomment>
        <translation>Entre para enviar: %1</translation>
    </message>
    <message>
        <source>Add a forum first.</source>
        <translation>Adicione primeiro um fórum.</translation>
    </message>
    <message>
        <source>You are offline. Your posts wait in the outbox and go out when the connection returns.</source>
        <translation>Está sem conexão. As suas publicações aguardam na caixa de saída e serão enviadas quando a conexão voltar.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::OutboxListProxy</name>
    <message>
        <source>Sign in to send</source>
        <translation>Entre para enviar</translation>
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
        <translation>Enviar &amp;agora</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <source>Send what waits in the outbox now (Ctrl+Shift+S)</source>
        <translation>Enviar agora o que aguarda na caixa de saída (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>The words of this item</source>
        <translation>O texto deste item</translation>
    </message>
    <message>
        <source>Your edit:</source>
        <extracomment>Above the person&apos;s version of a post in an edit conflict</extracomment>
        <translation>A sua edição:</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>A sua edição</translation>
    </message>
    <message>
        <source>On the forum now:</source>
        <extracomment>Above the forum&apos;s newer version of a post in an edit conflict</extracomment>
        <translation>No fórum agora:</translation>
    </message>
    <message>
        <source>The post on the forum now</source>
        <translation>A publicação no fórum agora</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>Enviar de &amp;novo</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de novo</translation>
    </message>
    <message>
        <source>Keep as &amp;Draft</source>
        <translation>Guardar como &amp;rascunho</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Guardar como rascunho</translation>
    </message>
    <message>
        <source>Take it out of the outbox and finish it in the composer</source>
        <translation>Retirar da caixa de saída e terminá-lo no editor</translation>
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
        <translation>Enviar a &amp;minha</translation>
    </message>
    <message>
        <source>Send my edit</source>
        <translation>Enviar a minha edição</translation>
    </message>
    <message>
        <source>Replace the forum’s version with your edit</source>
        <translation>Substituir a versão do fórum pela sua edição</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Manter a do &amp;fórum</translation>
    </message>
    <message>
        <source>Keep the forum’s version</source>
        <translation>Manter a versão do fórum</translation>
    </message>
    <message>
        <source>Leave the post as it is on the forum and drop your edit</source>
        <translation>Deixar a publicação como está no fórum e descartar a sua edição</translation>
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
        <translation>Nada aguarda envio.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need your attention.</source>
        <extracomment>%n items need the person&apos;s decision</extracomment>
        <translation>
            <numerusform>%n item precisa da sua atenção.</numerusform>
            <numerusform>%n itens precisam da sua atenção.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n item aguardando envio.</numerusform>
            <numerusform>%n itens aguardando envio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an item to see it whole.</source>
        <translation>Escolha um item para vê-lo por inteiro.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Guardar alterações</translation>
    </message>
    <message>
        <source>Discard Topic and Replies</source>
        <translation>Descartar tópico e respostas</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) you wrote to this topic wait for it. Discarding the topic discards them too.</source>
        <translation>
            <numerusform>%n resposta que escreveu para este tópico aguarda por ele. Descartar o tópico também a descarta.</numerusform>
            <numerusform>%n respostas que escreveu para este tópico aguardam por ele. Descartar o tópico também as descarta.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item may already be on the forum: the last attempt got no answer. Discard it from the outbox anyway?</source>
        <translation>Este item pode já estar no fórum: a última tentativa não obteve resposta. Descartá-lo da caixa de saída mesmo assim?</translation>
    </message>
    <message>
        <source>Discard this item? It will not be sent, and its words are lost.</source>
        <translation>Descartar este item? Não será enviado, e o seu texto será perdido.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::PostBrowser</name>
    <message>
        <source>Go to post %1 of this forum</source>
        <translation>Ir para a publicação %1 deste fórum</translation>
    </message>
    <message>
        <source>Download this picture</source>
        <translation>Baixar esta imagem</translation>
    </message>
</context>
<context>
    <name>outpost::gui::PostWidget</name>
    <message>
        <source>%1 closed this topic</source>
        <translation>%1 fechou este tópico</translation>
    </message>
    <message>
        <source>%1 opened this topic again</source>
        <translation>%1 reabriu este tópico</translation>
    </message>
    <message>
        <source>%1 pinned this topic</source>
        <translation>%1 fixou este tópico</translation>
    </message>
    <message>
        <source>%1 unpinned this topic</source>
        <translation>%1 desafixou este tópico</translation>
    </message>
    <message>
        <source>%1 archived this topic</source>
        <translation>%1 arquivou este tópico</translation>
    </message>
    <message>
        <source>%1 took this topic out of the archive</source>
        <translation>%1 desarquivou este tópico</translation>
    </message>
    <message>
        <source>%1 unlisted this topic</source>
        <translation>%1 removeu este tópico das listas</translation>
    </message>
    <message>
        <source>%1 listed this topic</source>
        <translation>%1 voltou a mostrar este tópico nas listas</translation>
    </message>
    <message>
        <source>%1 moved posts to another topic</source>
        <translation>%1 moveu publicações para outro tópico</translation>
    </message>
    <message>
        <source>%1 changed this topic</source>
        <translation>%1 alterou este tópico</translation>
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
        <translation>Editada em %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>The number of a post within its topic, e.g. &quot;#12&quot;</extracomment>
        <translation>#%1</translation>
    </message>
    <message>
        <source>In reply to post %1</source>
        <translation>Em resposta à publicação %1</translation>
    </message>
    <message>
        <source>This post was deleted.</source>
        <translation>Esta publicação foi apagada.</translation>
    </message>
    <message>
        <source>Post %1 by %2</source>
        <translation>Publicação %1, por %2</translation>
    </message>
    <message>
        <source>%1, unread</source>
        <translation>%1, não lida</translation>
    </message>
    <message>
        <source>Text of post %1</source>
        <translation>Texto da publicação %1</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SearchResultsModel</name>
    <message>
        <source>%1, by %2: %3</source>
        <extracomment>A search result for screen readers: %1 topic title, %2 author, %3 the matching text</extracomment>
        <translation>%1, por %2: %3</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SearchView</name>
    <message>
        <source>Search in</source>
        <translation>Pesquisar em</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>Followed categories</source>
        <translation>Categorias seguidas</translation>
    </message>
    <message>
        <source>Type to search everything you have downloaded.</source>
        <translation>Escreva para pesquisar em tudo o que baixou.</translation>
    </message>
    <message>
        <source>Nothing downloaded matches “%1”.</source>
        <translation>Nada do que foi baixado corresponde a “%1”.</translation>
    </message>
    <message>
        <source>Best matches for “%1”</source>
        <translation>Melhores resultados para “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) match “%1”</source>
        <translation>
            <numerusform>%n publicação corresponde a “%1”</numerusform>
            <numerusform>%n publicações correspondem a “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  ·  @%2  ·  %3  ·  post %4</source>
        <translation>%1  ·  @%2  ·  %3  ·  publicação %4</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Unit after the number of days of the sync window</extracomment>
        <translation> dias</translation>
    </message>
    <message>
        <source>Days of activity to download</source>
        <translation>Dias de atividade a baixar</translation>
    </message>
    <message>
        <source>Sync when Outpost starts</source>
        <translation>Sincronizar quando o Outpost iniciar</translation>
    </message>
    <message>
        <source>Sync when the connection comes back</source>
        <translation>Sincronizar quando a conexão voltar</translation>
    </message>
    <message>
        <source>Also sync by itself on a metered connection</source>
        <translation>Sincronizar automaticamente também numa conexão limitada</translation>
    </message>
    <message>
        <source>Download pictures of posts by themselves</source>
        <translation>Baixar automaticamente as imagens das publicações</translation>
    </message>
    <message>
        <source>Also on a metered connection</source>
        <translation>Também numa conexão limitada</translation>
    </message>
    <message>
        <source> MB</source>
        <extracomment>Unit after the size of the picture cache</extracomment>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest size of the picture cache</source>
        <translation>Espaço máximo para imagens guardadas</translation>
    </message>
    <message>
        <source>Pictures downloaded now take %1.</source>
        <translation>As imagens baixadas ocupam agora %1.</translation>
    </message>
    <message>
        <source>Ask Again for All Sites</source>
        <translation>Perguntar de novo para todos os sites</translation>
    </message>
    <message numerus="yes">
        <source>Links open in your browser after you saw where they go. %n site(s) open without asking.</source>
        <translation>
            <numerusform>Os links abrem no seu navegador depois de ver para onde levam. %n site abre sem perguntar.</numerusform>
            <numerusform>Os links abrem no seu navegador depois de ver para onde levam. %n sites abrem sem perguntar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Links open in your browser after you saw where they go.</source>
        <translation>Os links abrem no seu navegador depois de ver para onde levam.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Download topics active in the last</source>
        <translation>Baixar os tópicos com atividade nos últimos</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Guardar no máximo</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Language of Outpost</source>
        <translation>Idioma do Outpost</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first choice of the language menu; %1 is the system&apos;s language, e.g. &quot;Français&quot;</extracomment>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Show Outpost in</source>
        <translation>Mostrar o Outpost em</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>A screen down / up in the topic</source>
        <extracomment>A key that works in the topic view without a menu entry</extracomment>
        <translation>Uma página abaixo / acima no tópico</translation>
    </message>
    <message>
        <source>Space / Shift+Space</source>
        <translation>Espaço / Shift+Espaço</translation>
    </message>
    <message>
        <source>First / last downloaded post</source>
        <translation>Primeira / última publicação baixada</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>Follow or stop following (in the sidebar)</source>
        <translation>Seguir ou deixar de seguir (na barra lateral)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <source>Single-letter keys work whenever you are not typing in a field.</source>
        <translation>As teclas de uma só letra funcionam sempre que o cursor não estiver num campo de texto.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SignInDialog</name>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Abrir no navegador</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>&amp;Copiar endereço</translation>
    </message>
    <message>
        <source>Start &amp;Again</source>
        <translation>Começar de &amp;novo</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <extracomment>%1 is the forum&apos;s name</extracomment>
        <translation>Entrar em %1</translation>
    </message>
    <message>
        <source>Outpost asks the forum for a key of its own, so your password never passes through Outpost.

1. Outpost opens the forum in your web browser. Sign in there if it asks.
2. Choose “Authorize”. The forum then shows a long code.
3. Copy the code, paste it below and choose Sign In.</source>
        <translation>O Outpost pede ao fórum uma chave própria, por isso a sua senha nunca passa pelo Outpost.

1. O Outpost abre o fórum no seu navegador. Entre lá, se for pedido.
2. Escolha “Autorizar”. O fórum mostra então um código longo.
3. Copie o código, cole-o abaixo e escolha Entrar.</translation>
    </message>
    <message>
        <source>Address of the forum&apos;s sign-in page</source>
        <translation>Endereço da página de entrada do fórum</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>The code the forum shows</source>
        <translation>O código que o fórum mostra</translation>
    </message>
    <message>
        <source>Paste the code from the forum here</source>
        <translation>Cole aqui o código do fórum</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Entrando</translation>
    </message>
    <message>
        <source>Make a new sign-in request and open it in the browser</source>
        <translation>Fazer um novo pedido de entrada e abri-lo no navegador</translation>
    </message>
    <message>
        <source>Code from the forum:</source>
        <translation>Código do fórum:</translation>
    </message>
    <message>
        <source>Preparing a sign-in request…</source>
        <translation>Preparando um pedido de entrada…</translation>
    </message>
    <message>
        <source>Outpost on %1</source>
        <extracomment>Shown to the person on the forum&apos;s consent page; %1 is the computer&apos;s name.</extracomment>
        <translation>Outpost em %1</translation>
    </message>
    <message>
        <source>The forum&apos;s page is open in your browser. After you choose “Authorize” there, paste the code here.</source>
        <translation>A página do fórum está aberta no seu navegador. Depois de escolher “Autorizar” lá, cole o código aqui.</translation>
    </message>
    <message>
        <source>Outpost could not open a web browser. Copy the address above into one, then paste the code the forum shows here.</source>
        <translation>O Outpost não conseguiu abrir um navegador. Copie o endereço acima para um navegador e depois cole aqui o código que o fórum mostrar.</translation>
    </message>
    <message>
        <source>The address is copied. Open it in your web browser.</source>
        <translation>O endereço foi copiado. Abra-o no seu navegador.</translation>
    </message>
    <message>
        <source>Checking the key with the forum…</source>
        <translation>Verificando a chave com o fórum…</translation>
    </message>
    <message>
        <source>The forum did not accept the new key. Choose Start Again to ask for a new one. (%1)</source>
        <translation>O fórum não aceitou a nova chave. Escolha Começar de novo para pedir outra. (%1)</translation>
    </message>
    <message>
        <source>Outpost could not check the key with the forum: %1 Choose Sign In to try again.</source>
        <translation>O Outpost não conseguiu verificar a chave com o fórum: %1 Escolha Entrar para tentar de novo.</translation>
    </message>
    <message>
        <source>Keeping the key in the system keychain…</source>
        <translation>Guardando a chave no chaveiro do sistema…</translation>
    </message>
    <message>
        <source>Let the forum &amp;hand the key back to Outpost automatically (the forum&apos;s administrators must allow it)</source>
        <translation>Deixar o fórum &amp;devolver a chave ao Outpost automaticamente (os administradores do fórum precisam permitir)</translation>
    </message>
    <message>
        <source>Instead of showing a code to paste, the forum sends your browser back to Outpost with the key. Its administrators must add http://127.0.0.1:%1/outpost-auth to the allowed sign-in redirects (allowed_user_api_auth_redirects).</source>
        <translation>Em vez de mostrar um código para colar, o fórum manda o seu navegador de volta ao Outpost com a chave. Os administradores dele precisam adicionar http://127.0.0.1:%1/outpost-auth aos redirecionamentos de acesso permitidos (allowed_user_api_auth_redirects).</translation>
    </message>
    <message>
        <source>any free port</source>
        <extracomment>The port 0 in the hand-back setting: Outpost picks a free port each time</extracomment>
        <translation>qualquer porta livre</translation>
    </message>
    <message>
        <source>Port on this computer for the hand-back</source>
        <translation>Porta deste computador para a devolução da chave</translation>
    </message>
    <message>
        <source>The port of http://127.0.0.1:PORT/outpost-auth. It must be the one the forum&apos;s administrators allowed.</source>
        <translation>A porta de http://127.0.0.1:PORT/outpost-auth. Deve ser a que os administradores do fórum permitiram.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Asking the forum whether it allows the automatic hand-back…</source>
        <translation>Perguntando ao fórum se ele permite a devolução automática…</translation>
    </message>
    <message>
        <source>Outpost could not ask the forum about the automatic hand-back (%1). Paste the code instead.</source>
        <translation>O Outpost não conseguiu perguntar ao fórum sobre a devolução automática (%1). Cole o código em vez disso.</translation>
    </message>
    <message>
        <source>The forum&apos;s page is open in your browser. After you choose “Authorize” there, the forum hands the key back to Outpost by itself. If your browser shows a code instead, paste it here.</source>
        <translation>A página do fórum está aberta no seu navegador. Depois que você escolher &quot;Autorizar&quot; lá, o fórum devolverá a chave ao Outpost sozinho. Se o seu navegador mostrar um código, cole-o aqui.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SyncController</name>
    <message>
        <source>Add a forum first.</source>
        <translation>Adicione primeiro um fórum.</translation>
    </message>
    <message>
        <source>You are offline. Outpost will sync when the connection returns.</source>
        <translation>Está sem conexão. O Outpost sincroniza quando a conexão voltar.</translation>
    </message>
    <message>
        <source>You are offline. Sync again once you are connected.</source>
        <translation>Está sem conexão. Sincronize de novo quando estiver conectado.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SyncStatusBar</name>
    <message>
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Cancelar a sincronização</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda sem sincronização</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s)</source>
        <translation>
            <numerusform>%n publicação nova</numerusform>
            <numerusform>%n publicações novas</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sincronização cancelada</translation>
    </message>
    <message>
        <source>Sync stopped: no connection</source>
        <translation>Sincronização interrompida: sem conexão</translation>
    </message>
    <message>
        <source>Sync paused: the forum’s daily limit is reached</source>
        <translation>Sincronização em pausa: o limite diário do fórum foi atingido</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>A sincronização falhou</translation>
    </message>
    <message>
        <source>%1 · %2 downloaded</source>
        <extracomment>What a sync used: %1 is &quot;12 requests&quot;, %2 a size such as &quot;340 KB&quot;</extracomment>
        <translation>%1 · %2 baixados</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n pedido</numerusform>
            <numerusform>%n pedidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::ThreadModel</name>
    <message>
        <source>Post %1 by %2, %3</source>
        <extracomment>A post in a thread, for lists and screen readers: %1 post number, %2 author, %3 time</extracomment>
        <translation>Publicação %1, por %2, %3</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ThreadView</name>
    <message>
        <source>Topic</source>
        <translation>Tópico</translation>
    </message>
    <message>
        <source>Download all posts</source>
        <translation>Baixar todas as publicações</translation>
    </message>
    <message>
        <source>Download all posts of this topic</source>
        <translation>Baixar todas as publicações deste tópico</translation>
    </message>
    <message>
        <source>Show earlier posts</source>
        <translation>Mostrar publicações anteriores</translation>
    </message>
    <message>
        <source>Choose a topic to read it here.</source>
        <translation>Escolha um tópico para lê-lo aqui.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n resposta</numerusform>
            <numerusform>%n respostas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n visualização</numerusform>
            <numerusform>%n visualizações</numerusform>
        </translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation>última atividade %1</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fixado</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fechado</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arquivado</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded: %1 of %n post(s).</source>
        <extracomment>%1 is how many posts of the topic are in the offline copy, %n how many it has</extracomment>
        <translation>
            <numerusform>Baixadas: %1 de %n publicação.</numerusform>
            <numerusform>Baixadas: %1 de %n publicações.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading more posts…</source>
        <translation>Carregando mais publicações…</translation>
    </message>
    <message>
        <source>The rest of this topic is not downloaded yet.</source>
        <translation>O resto deste tópico ainda não foi baixado.</translation>
    </message>
    <message>
        <source>That’s the whole topic.</source>
        <extracomment>Shown below the last post of a topic</extracomment>
        <translation>Fim do tópico.</translation>
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
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>há %n minuto</numerusform>
            <numerusform>há %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>há %n hora</numerusform>
            <numerusform>há %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>A moment ago, in a list where room is short</extracomment>
        <translation>agora</translation>
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
            <numerusform>%n tópico</numerusform>
            <numerusform>%n tópicos</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>Badge on a topic the person has never opened</extracomment>
        <translation>novo</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n resposta</numerusform>
            <numerusform>%n respostas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 downloaded</source>
        <extracomment>How much of a topic is downloaded: %1 posts of %2</extracomment>
        <translation>%1 de %2 baixadas</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fixado</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fechado</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arquivado</translation>
    </message>
</context>
<context>
    <name>outpost::gui::TopicListModel</name>
    <message>
        <source>new</source>
        <extracomment>Spoken after a topic&apos;s title</extracomment>
        <translation>novo</translation>
    </message>
    <message numerus="yes">
        <source>%n unread post(s)</source>
        <translation>
            <numerusform>%n publicação não lida</numerusform>
            <numerusform>%n publicações não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fixado</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fechado</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n resposta</numerusform>
            <numerusform>%n respostas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Last activity: %2
Posts downloaded: %3 of %4</source>
        <translation>%1
Última atividade: %2
Publicações baixadas: %3 de %4</translation>
    </message>
</context>
<context>
    <name>outpost::gui::TopicListView</name>
    <message>
        <source>Sort topics</source>
        <translation>Ordenar tópicos</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>Atividade mais recente</translation>
    </message>
    <message>
        <source>Newest topics</source>
        <translation>Tópicos mais recentes</translation>
    </message>
    <message>
        <source>Most replies</source>
        <translation>Mais respostas</translation>
    </message>
    <message>
        <source>Most views</source>
        <translation>Mais visualizações</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Show topics</source>
        <translation>Mostrar tópicos</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos os tópicos</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Não lidos</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novos</translation>
    </message>
    <message>
        <source>Not fully downloaded</source>
        <translation>Não totalmente baixados</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Filtrar por título</translation>
    </message>
    <message>
        <source>Filter topics by title</source>
        <translation>Filtrar tópicos por título</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tópicos</translation>
    </message>
    <message>
        <source>Followed topics</source>
        <translation>Tópicos seguidos</translation>
    </message>
    <message numerus="yes">
        <source>The newest topics of the %n categories you follow.</source>
        <translation>
            <numerusform>Os tópicos mais recentes de %n categoria seguida.</numerusform>
            <numerusform>Os tópicos mais recentes de %n categorias seguidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forum is open.</source>
        <translation>Nenhum fórum aberto.</translation>
    </message>
    <message>
        <source>No downloaded topic matches.</source>
        <translation>Nenhum tópico baixado corresponde.</translation>
    </message>
    <message>
        <source>You do not follow any category yet. Mark the categories you care about with the star in the sidebar, then sync.</source>
        <translation>Ainda não segue nenhuma categoria. Marque as categorias que lhe interessam com a estrela na barra lateral e depois sincronize.</translation>
    </message>
    <message>
        <source>You do not follow this category, so its topics are not downloaded. Follow it and they will be at the next sync.</source>
        <translation>Não segue esta categoria, por isso os tópicos dela não são baixados. Siga-a e eles serão baixados na próxima sincronização.</translation>
    </message>
    <message>
        <source>Follow this category</source>
        <translation>Seguir esta categoria</translation>
    </message>
    <message>
        <source>Nothing is downloaded here yet. Sync to download the topics.</source>
        <translation>Ainda não há nada baixado aqui. Sincronize para baixar os tópicos.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Limpar o filtro</translation>
    </message>
</context>
<context>
    <name>outpost::gui::WritingDock</name>
    <message>
        <source>Outbox and Drafts</source>
        <translation>Caixa de saída e rascunhos</translation>
    </message>
    <message>
        <source>Outbox and drafts</source>
        <translation>Caixa de saída e rascunhos</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Rascunhos</translation>
    </message>
</context>
<context>
    <name>outpost::gui::WritingText</name>
    <message>
        <source>New topic</source>
        <extracomment>Heading of the composer and of a draft in the drafts list</extracomment>
        <translation>Novo tópico</translation>
    </message>
    <message>
        <source>New topic in %1</source>
        <extracomment>Heading of the composer; %1 is a category&apos;s name</extracomment>
        <translation>Novo tópico em %1</translation>
    </message>
    <message>
        <source>Edit of your post #%1 in “%2”</source>
        <extracomment>Heading of the composer; %1 is a post number, %2 a topic&apos;s title</extracomment>
        <translation>Edição da sua publicação #%1 em “%2”</translation>
    </message>
    <message>
        <source>Edit of your post</source>
        <translation>Edição da sua publicação</translation>
    </message>
    <message>
        <source>topic %1</source>
        <extracomment>Stands for a topic whose title is not downloaded; %1 is its number</extracomment>
        <translation>tópico %1</translation>
    </message>
    <message>
        <source>Reply to post #%1 in “%2”</source>
        <extracomment>Heading of the composer; %1 is a post number, %2 a topic&apos;s title</extracomment>
        <translation>Resposta à publicação #%1 em “%2”</translation>
    </message>
    <message>
        <source>Reply to “%1”</source>
        <extracomment>Heading of the composer; %1 is a topic&apos;s title</extracomment>
        <translation>Resposta a “%1”</translation>
    </message>
    <message>
        <source>Like of post #%1 in “%2”</source>
        <extracomment>An item of the outbox; %1 is a post number, %2 a topic&apos;s title</extracomment>
        <translation>Curtida da publicação #%1 em “%2”</translation>
    </message>
    <message>
        <source>Like of a post</source>
        <translation>Curtida de uma publicação</translation>
    </message>
    <message>
        <source>New topic “%1”</source>
        <extracomment>An item of the outbox; %1 is the new topic&apos;s title</extracomment>
        <translation>Novo tópico “%1”</translation>
    </message>
    <message>
        <source>Reply to your new topic (waiting to be sent)</source>
        <extracomment>An item of the outbox: a reply to a new topic that is itself still waiting</extracomment>
        <translation>Resposta ao seu novo tópico (aguardando envio)</translation>
    </message>
    <message>
        <source>Waiting: checking whether it already arrived</source>
        <extracomment>Outbox state: an earlier attempt may have reached the forum</extracomment>
        <translation>Aguardando: verificando se já chegou</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <extracomment>Outbox state</extracomment>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>Outbox state</extracomment>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent, waiting for a moderator</source>
        <extracomment>Outbox state: the forum holds the post for a moderator</extracomment>
        <translation>Enviado, aguardando um moderador</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>Outbox state</extracomment>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <extracomment>Outbox state: the forum refused it and the person must decide</extracomment>
        <translation>Precisa da sua atenção</translation>
    </message>
</context>
<context>
    <name>outpost::media</name>
    <message>
        <source>This picture has no web address Outpost can download it from.</source>
        <translation>Esta imagem não tem um endereço web de onde o Outpost a possa baixar.</translation>
    </message>
    <message>
        <source>The download is not a picture Outpost can show.</source>
        <translation>O que foi baixado não é uma imagem que o Outpost consiga mostrar.</translation>
    </message>
    <message>
        <source>Outpost could not save the picture. Check that there is room on the disk.</source>
        <translation>O Outpost não conseguiu guardar a imagem. Verifique se há espaço no disco.</translation>
    </message>
    <message>
        <source>The download was stopped.</source>
        <translation>O download foi interrompido.</translation>
    </message>
</context>
<context>
    <name>outpost::net</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>O pedido foi cancelado.</translation>
    </message>
    <message>
        <source>Could not reach the forum: its name could not be looked up. You may be offline; check your connection and try again.</source>
        <translation>Não foi possível conectar-se ao fórum: o endereço dele não foi encontrado. Pode estar sem conexão; verifique a sua conexão e tente de novo.</translation>
    </message>
    <message>
        <source>Could not reach the forum: no connection could be made. Check your link and try again.</source>
        <translation>Não foi possível conectar-se ao fórum: não se conseguiu estabelecer nenhuma conexão. Verifique a sua conexão e tente de novo.</translation>
    </message>
    <message>
        <source>Could not reach the forum: the connection timed out. Check your link and try again.</source>
        <translation>Não foi possível conectar-se ao fórum: a conexão excedeu o tempo limite. Verifique a sua conexão e tente de novo.</translation>
    </message>
    <message>
        <source>The connection to the forum stopped moving data. The link may have dropped; Outpost will try again when it is back.</source>
        <translation>A conexão ao fórum deixou de transferir dados. A conexão pode ter caído; o Outpost tentará de novo quando ela voltar.</translation>
    </message>
    <message>
        <source>The connection to the forum was cut before the answer was complete. Check your link and try again.</source>
        <translation>A conexão ao fórum foi cortada antes de a resposta chegar por inteiro. Verifique a sua conexão e tente de novo.</translation>
    </message>
    <message>
        <source>The forum&apos;s identity could not be verified, so Outpost did not connect. The connection may be intercepted, or the forum&apos;s certificate authority is not trusted on this computer. If your organisation uses its own certificate authority, add its certificate file in the network settings.</source>
        <translation>Não foi possível verificar a identidade do fórum, por isso o Outpost não se conectou. Pode haver interferência na conexão, ou a autoridade de certificação do fórum não é reconhecida como confiável neste computador. Se a sua organização usa uma autoridade de certificação própria, adicione o arquivo do certificado dela nas configurações de rede.</translation>
    </message>
    <message>
        <source>The proxy server failed or refused the connection. Check the proxy settings.</source>
        <translation>O servidor proxy falhou ou recusou a conexão. Verifique as configurações do proxy.</translation>
    </message>
    <message>
        <source>The forum sent Outpost around in circles (too many redirects). The forum may be misconfigured; try again later.</source>
        <translation>O fórum fez o Outpost andar em círculos (redirecionamentos a mais). O fórum pode estar mal configurado; tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The request to the forum failed unexpectedly. Try again; if it keeps happening, the details may help the forum&apos;s administrators.</source>
        <translation>O pedido ao fórum falhou inesperadamente. Tente de novo; se o problema persistir, os detalhes podem ajudar os administradores do fórum.</translation>
    </message>
    <message>
        <source>The forum did not understand the request. Outpost may need an update.</source>
        <translation>O fórum não entendeu o pedido. O Outpost pode precisar de uma atualização.</translation>
    </message>
    <message>
        <source>The forum did not accept your sign-in. The key may have been revoked or expired; connect Outpost to your account again.</source>
        <translation>O fórum não aceitou o seu acesso. A chave pode ter sido revogada ou ter expirado; conecte de novo o Outpost à sua conta.</translation>
    </message>
    <message>
        <source>The forum does not allow you to do this. You may lack the permission, or your sign-in has expired.</source>
        <translation>O fórum não lhe permite fazer isto. Pode não ter permissão, ou o seu acesso expirou.</translation>
    </message>
    <message>
        <source>The forum could not find this. It may have been deleted or made private.</source>
        <translation>O fórum não encontrou isto. Pode ter sido apagado ou tornado privado.</translation>
    </message>
    <message>
        <source>The proxy server asks for a user name and password. Check the proxy settings.</source>
        <translation>O servidor proxy pede um nome de usuário e uma senha. Verifique as configurações do proxy.</translation>
    </message>
    <message>
        <source>The forum refused this because it is too large.</source>
        <translation>O fórum recusou isto por ser grande demais.</translation>
    </message>
    <message>
        <source>The forum did not accept this. Read its explanation, change what it asks for, and try again.</source>
        <translation>O fórum não aceitou isto. Leia a explicação dele, mude o que ele pede e tente de novo.</translation>
    </message>
    <message>
        <source>The forum asks Outpost to slow down. Outpost will wait and try again on its own.</source>
        <translation>O fórum pede ao Outpost para ir mais devagar. O Outpost vai esperar e tentar de novo sozinho.</translation>
    </message>
    <message>
        <source>The forum had an internal error. Try again later.</source>
        <translation>O fórum teve um erro interno. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The forum is temporarily unavailable (it may be under maintenance or overloaded). Outpost will try again later.</source>
        <translation>O fórum está temporariamente indisponível (pode estar em manutenção ou sobrecarregado). O Outpost tentará de novo mais tarde.</translation>
    </message>
    <message>
        <source>The forum answered with an unexpected redirect (HTTP status %1).</source>
        <extracomment>%1 is an HTTP status code such as 304</extracomment>
        <translation>O fórum respondeu com um redirecionamento inesperado (código HTTP %1).</translation>
    </message>
    <message>
        <source>The forum refused the request (HTTP status %1).</source>
        <extracomment>%1 is an HTTP status code such as 409</extracomment>
        <translation>O fórum recusou o pedido (código HTTP %1).</translation>
    </message>
    <message>
        <source>The forum failed to answer (HTTP status %1). Try again later.</source>
        <extracomment>%1 is an HTTP status code such as 507</extracomment>
        <translation>O fórum não conseguiu responder (código HTTP %1). Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The forum sent an answer Outpost does not understand.</source>
        <translation>O fórum enviou uma resposta que o Outpost não entende.</translation>
    </message>
</context>
<context>
    <name>outpost::outbox::Outbox</name>
    <message>
        <source>There is nothing to send: the text is empty.</source>
        <translation>Não há nada para enviar: o texto está vazio.</translation>
    </message>
    <message>
        <source>There is no new topic with that id in the outbox.</source>
        <translation>Não há nenhum novo tópico com esse id na caixa de saída.</translation>
    </message>
    <message>
        <source>A new topic needs a title.</source>
        <translation>Um novo tópico precisa de um título.</translation>
    </message>
    <message>
        <source>This item is not an edit in conflict.</source>
        <translation>Este item não é uma edição em conflito.</translation>
    </message>
</context>
<context>
    <name>outpost::outbox::OutboxDelivery</name>
    <message>
        <source>An earlier attempt to send this may have arrived; Outpost could not check yet and sends nothing until it can.</source>
        <translation>Uma tentativa anterior de envio pode ter chegado; o Outpost ainda não conseguiu verificar e não envia nada até conseguir.</translation>
    </message>
    <message>
        <source>This edit does not say which post it changes.</source>
        <translation>Esta edição não indica que publicação altera.</translation>
    </message>
    <message>
        <source>The post you edited is no longer on the forum, or you may no longer see it. Your text is kept here.</source>
        <translation>A publicação que editou já não está no fórum, ou pode já não ter acesso a ela. O seu texto fica guardado aqui.</translation>
    </message>
    <message>
        <source>Someone changed this post on the forum after you began your edit. Compare both versions and choose which to keep.</source>
        <translation>Alguém alterou esta publicação no fórum depois de começar a sua edição. Compare as duas versões e escolha qual manter.</translation>
    </message>
    <message>
        <source>Not sent yet: the forum could not be reached in time.</source>
        <translation>Ainda não enviado: não foi possível conectar-se ao fórum a tempo.</translation>
    </message>
    <message>
        <source>The connection broke before the forum answered. Outpost checks whether this arrived before sending it again.</source>
        <translation>A conexão caiu antes de o fórum responder. O Outpost verifica se isto chegou antes de enviá-lo de novo.</translation>
    </message>
    <message>
        <source>The forum&apos;s answer could not be read. Outpost checks whether this arrived before sending it again.</source>
        <translation>Não foi possível ler a resposta do fórum. O Outpost verifica se isto chegou antes de enviá-lo de novo.</translation>
    </message>
    <message>
        <source>The forum did not allow this. The topic or category may be closed to you, or it may be something the forum never allows (such as liking your own post).</source>
        <translation>O fórum não permitiu isto. O tópico ou a categoria podem estar fechados para a sua conta, ou pode ser algo que o fórum nunca permite (como curtir a sua própria publicação).</translation>
    </message>
    <message>
        <source>Someone changed this post on the forum meanwhile; Outpost will fetch their version on the next sync.</source>
        <translation>Alguém alterou esta publicação no fórum entretanto; o Outpost vai buscar essa versão na próxima sincronização.</translation>
    </message>
    <message>
        <source>The forum&apos;s answer could not be read; Outpost tries again on the next sync.</source>
        <translation>Não foi possível ler a resposta do fórum; o Outpost tenta de novo na próxima sincronização.</translation>
    </message>
    <message>
        <source>Another Outpost window or program is sending this forum&apos;s outbox right now. Nothing was sent twice; try again in a moment.</source>
        <translation>Outra janela ou programa do Outpost envia neste momento a caixa de saída deste fórum. Nada foi enviado duas vezes; tente de novo daqui a pouco.</translation>
    </message>
    <message numerus="yes">
        <source>Sign in to send: %n item(s) are waiting in the outbox.</source>
        <translation>
            <numerusform>Entre no fórum para enviar: %n item aguarda na caixa de saída.</numerusform>
            <numerusform>Entre no fórum para enviar: %n itens aguardam na caixa de saída.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending was cancelled. What was not sent stays in the outbox.</source>
        <translation>O envio foi cancelado. O que não foi enviado fica na caixa de saída.</translation>
    </message>
    <message>
        <source>The new topic this replies to was removed from the outbox. Choose a topic to reply to, or keep this as a draft.</source>
        <translation>O novo tópico a que isto responde foi removido da caixa de saída. Escolha um tópico para responder, ou guarde isto como rascunho.</translation>
    </message>
    <message>
        <source>Waiting for a moderator to approve the new topic this replies to.</source>
        <translation>À espera da aprovação de um moderador para o novo tópico a que isto responde.</translation>
    </message>
    <message>
        <source>Waiting for the new topic this replies to, which needs your attention.</source>
        <translation>À espera do novo tópico a que isto responde, que precisa da sua atenção.</translation>
    </message>
    <message>
        <source>Waiting for the new topic this replies to.</source>
        <translation>À espera do novo tópico a que isto responde.</translation>
    </message>
    <message>
        <source>The forum refused your sign-in key, so nothing more was sent. Sign in to this forum again; your posts wait in the outbox.</source>
        <translation>O fórum recusou a sua chave de acesso, por isso nada mais foi enviado. Entre de novo neste fórum; as suas publicações ficam à espera na caixa de saída.</translation>
    </message>
    <message>
        <source>The forum&apos;s request limit is used up for now, or the forum asked Outpost to wait. Sending goes on from %1.</source>
        <translation>O limite de pedidos do fórum está esgotado por agora, ou o fórum pediu ao Outpost para esperar. O envio continua a partir de %1.</translation>
    </message>
    <message>
        <source>The forum could not be reached. The outbox is sent on the next sync.</source>
        <translation>Não foi possível conectar-se ao fórum. A caixa de saída será enviada na próxima sincronização.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were accepted and wait for a moderator&apos;s approval.</source>
        <translation>
            <numerusform>%n item foi recebido e aguarda a aprovação de um moderador.</numerusform>
            <numerusform>%n itens foram recebidos e aguardam a aprovação de um moderador.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The forum refused %n item(s); they need your attention. Nothing was lost.</source>
        <translation>
            <numerusform>O fórum recusou %n item; precisa da sua atenção. Nada se perdeu.</numerusform>
            <numerusform>O fórum recusou %n itens; precisam da sua atenção. Nada se perdeu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for an earlier item, or for the forum to answer; they are sent on the next sync.</source>
        <translation>
            <numerusform>%n item aguarda um item anterior ou a resposta do fórum; será enviado na próxima sincronização.</numerusform>
            <numerusform>%n itens aguardam um item anterior ou a resposta do fórum; serão enviados na próxima sincronização.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::session</name>
    <message>
        <source>The forum did not accept the key. It may have been revoked, or your account may be suspended.</source>
        <translation>O fórum não aceitou a chave. Ela pode ter sido revogada, ou a sua conta pode estar suspensa.</translation>
    </message>
    <message>
        <source>The forum sent an answer Outpost cannot read.</source>
        <translation>O fórum enviou uma resposta que o Outpost não consegue ler.</translation>
    </message>
    <message>
        <source>This forum does not allow Outpost to receive the key by itself: its administrators have not added %1 to the allowed sign-in redirects (allowed_user_api_auth_redirects). Paste the code instead.</source>
        <translation>Este fórum não permite que o Outpost receba a chave sozinho: os administradores dele não adicionaram %1 aos redirecionamentos de acesso permitidos (allowed_user_api_auth_redirects). Cole o código em vez disso.</translation>
    </message>
</context>
<context>
    <name>outpost::store</name>
    <message>
        <source>The offline copy %1 was opened before it was prepared.</source>
        <translation>A cópia offline %1 foi aberta antes de estar preparada.</translation>
    </message>
    <message>
        <source>The offline copy %1 is damaged and Outpost could not move it aside. Check that its folder may be written to.</source>
        <translation>A cópia offline %1 está danificada e o Outpost não conseguiu pô-la de lado. Verifique se é possível gravar na pasta dela.</translation>
    </message>
    <message>
        <source>The offline copy of this forum was damaged, so Outpost set it aside as %1 and started a new one. Topics will be downloaded again at the next sync; your drafts and settings are not affected.</source>
        <translation>A cópia offline deste fórum estava danificada, por isso foi posta de lado como %1 e foi criada uma nova. Os tópicos serão baixados de novo na próxima sincronização; os seus rascunhos e configurações não são afetados.</translation>
    </message>
    <message>
        <source>Downloaded posts could not be saved because their text was incomplete.</source>
        <translation>Não foi possível guardar as publicações baixadas porque o texto delas estava incompleto.</translation>
    </message>
    <message>
        <source>Downloaded posts could not be saved because their topic is not in the offline copy.</source>
        <translation>Não foi possível guardar as publicações baixadas porque o tópico delas não está na cópia offline.</translation>
    </message>
    <message>
        <source>An internal query of Outpost was empty.</source>
        <translation>Uma consulta interna do Outpost estava vazia.</translation>
    </message>
    <message>
        <source>This copy of SQLite has no full-text search (FTS5), which Outpost needs.</source>
        <translation>Esta cópia do SQLite não tem pesquisa de texto completo (FTS5), de que o Outpost precisa.</translation>
    </message>
    <message>
        <source>The forum %1 has already been added.</source>
        <translation>O fórum %1 já foi adicionado.</translation>
    </message>
    <message numerus="yes">
        <source>This forum still has %n draft(s) or unsent post(s). Send or delete them before removing the forum.</source>
        <translation>
            <numerusform>Este fórum ainda tem %n rascunho ou publicação não enviada. Envie-o ou apague-o antes de remover o fórum.</numerusform>
            <numerusform>Este fórum ainda tem %n rascunhos ou publicações não enviadas. Envie-os ou apague-os antes de remover o fórum.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database upgrade steps built into Outpost are not valid.</source>
        <translation>Os passos de atualização da base de dados incluídos no Outpost não são válidos.</translation>
    </message>
    <message>
        <source>That draft or outbox item no longer exists. It may have been sent or deleted in another window.</source>
        <translation>Esse rascunho ou item da caixa de saída já não existe. Pode ter sido enviado ou apagado noutra janela.</translation>
    </message>
    <message>
        <source>Outpost cannot create its data folder %1. Check that it may be written to.</source>
        <translation>O Outpost não consegue criar a sua pasta de dados %1. Verifique se é possível gravar nela.</translation>
    </message>
    <message>
        <source>There is not enough disk space to save changes to %1. Nothing from the interrupted change was saved. Free some space and try again.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Não há espaço suficiente em disco para guardar as alterações em %1. Nada da alteração interrompida foi guardado. Deixe algum espaço livre no disco e tente de novo.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not an Outpost database.</source>
        <translation>O arquivo %1 está danificado ou não é uma base de dados do Outpost.</translation>
    </message>
    <message>
        <source>The file %1 is in use by another part of Outpost or another program. Try again in a moment.</source>
        <translation>O arquivo %1 está em uso por outra parte do Outpost ou por outro programa. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Outpost cannot write to %1. Check that the file and its folder may be written to.</source>
        <translation>O Outpost não consegue gravar em %1. Verifique se é possível gravar no arquivo e na pasta dele.</translation>
    </message>
    <message>
        <source>Outpost cannot open %1. Check that its folder exists and may be written to.</source>
        <translation>O Outpost não consegue abrir %1. Verifique se a pasta dele existe e se é possível gravar nela.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing %1.</source>
        <translation>O disco indicou um erro ao ler ou gravar %1.</translation>
    </message>
    <message>
        <source>A change to %1 was refused because it conflicts with data already saved.</source>
        <translation>Uma alteração em %1 foi recusada porque entra em conflito com dados já guardados.</translation>
    </message>
    <message>
        <source>A change to %1 was refused because a value was not valid.</source>
        <translation>Uma alteração em %1 foi recusada porque um valor não era válido.</translation>
    </message>
    <message>
        <source>An unexpected database error occurred in %1.</source>
        <translation>Ocorreu um erro inesperado da base de dados em %1.</translation>
    </message>
    <message>
        <source>Your Outpost data file %1 is damaged. It holds your drafts, outbox and settings, so Outpost has left it exactly as it is and will not replace it. Keep a copy of it (and of %1.bak, if there is one) before trying anything else.</source>
        <translation>O seu arquivo de dados do Outpost %1 está danificado. Ele contém os seus rascunhos, a caixa de saída e as configurações, por isso o Outpost deixou-o exatamente como está e não o vai substituir. Guarde uma cópia dele (e de %1.bak, se existir) antes de tentar qualquer outra coisa.</translation>
    </message>
    <message>
        <source>This was already sent, so it cannot be changed here any more.</source>
        <translation>Isto já foi enviado, por isso já não pode ser alterado aqui.</translation>
    </message>
    <message>
        <source>This is being sent right now. Wait until it has gone or been refused.</source>
        <translation>O envio disto está em curso neste momento. Espere até que seja enviado ou recusado.</translation>
    </message>
    <message>
        <source>An earlier attempt to send this may have reached the forum. Outpost checks that on the next sync; change it after that.</source>
        <translation>Uma tentativa anterior de envio pode ter chegado ao fórum. O Outpost verifica isso na próxima sincronização; faça alterações depois disso.</translation>
    </message>
</context>
<context>
    <name>outpost::store::Migrator</name>
    <message>
        <source>The file %1 is not the kind of Outpost database expected here.</source>
        <translation>O arquivo %1 não é o tipo de base de dados do Outpost esperado aqui.</translation>
    </message>
    <message>
        <source>Outpost could not save a safety copy of %1 before upgrading it, so it left the file as it was. %2</source>
        <translation>O Outpost não conseguiu guardar uma cópia de segurança de %1 antes de o atualizar, por isso deixou o arquivo como estava. %2</translation>
    </message>
    <message>
        <source>Outpost could not upgrade %1 because the disk is full. The file was left as it was before step %2. Free some space and try again.</source>
        <translation>O Outpost não conseguiu atualizar %1 porque o disco está cheio. O arquivo ficou como estava antes do passo %2. Deixe algum espaço livre no disco e tente de novo.</translation>
    </message>
    <message>
        <source>Outpost could not upgrade %1 (step %2). The file was left as it was before this step.</source>
        <translation>O Outpost não conseguiu atualizar %1 (passo %2). O arquivo ficou como estava antes deste passo.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Outpost. Update Outpost to open it; this version has left the file untouched.</source>
        <translation>%1 foi gravado por uma versão mais recente do Outpost. Atualize o Outpost para abri-lo; esta versão deixou o arquivo intacto.</translation>
    </message>
</context>
<context>
    <name>outpost::store::OutboxRepository</name>
    <message>
        <source>This post is being sent or was already sent, so it cannot be edited as a draft any more.</source>
        <translation>Esta publicação está em envio ou já foi enviada, por isso já não pode ser editada como rascunho.</translation>
    </message>
    <message>
        <source>Other queued posts depend on this one, so it cannot be removed yet.</source>
        <translation>Outras publicações na fila dependem desta, por isso ainda não pode ser removida.</translation>
    </message>
    <message>
        <source>The post was changed on the forum after you began your edit. Keep your version, take the forum&apos;s, or edit yours to merge them.</source>
        <translation>A publicação foi alterada no fórum depois de começar a sua edição. Mantenha a sua versão, fique com a do fórum ou edite a sua para juntar as duas.</translation>
    </message>
</context>
<context>
    <name>outpost::sync</name>
    <message>
        <source>Fetching the forum&apos;s categories</source>
        <translation>Obtendo as categorias do fórum</translation>
    </message>
    <message>
        <source>The forum&apos;s categories were not updated.</source>
        <translation>As categorias do fórum não foram atualizadas.</translation>
    </message>
    <message>
        <source>Reading your settings on the forum</source>
        <translation>Lendo as suas preferências no fórum</translation>
    </message>
    <message>
        <source>The forum did not recognise your sign-in, so only what anyone may read was synced. Connect Outpost to your account again.</source>
        <translation>O fórum não reconheceu o seu acesso, por isso só foi sincronizado o que qualquer pessoa pode ler. Conecte de novo o Outpost à sua conta.</translation>
    </message>
    <message>
        <source>The categories you watch on the forum were not read. %1</source>
        <translation>As categorias que observa no fórum não foram lidas. %1</translation>
    </message>
    <message>
        <source>The categories you watch on the forum were not read.</source>
        <translation>As categorias que observa no fórum não foram lidas.</translation>
    </message>
    <message>
        <source>Fetching the top topics of the week</source>
        <translation>Obtendo os tópicos mais populares da semana</translation>
    </message>
    <message>
        <source>Fetching the top topics of the month</source>
        <translation>Obtendo os tópicos mais populares do mês</translation>
    </message>
    <message>
        <source>The top topics of the week were not read.</source>
        <translation>Os tópicos mais populares da semana não foram lidos.</translation>
    </message>
    <message>
        <source>The top topics of the month were not read.</source>
        <translation>Os tópicos mais populares do mês não foram lidos.</translation>
    </message>
    <message>
        <source>Writing the digest</source>
        <translation>Criando o resumo</translation>
    </message>
    <message>
        <source>category %1</source>
        <extracomment>Stands for a category whose name is not known yet; %1 is its number.</extracomment>
        <translation>categoria %1</translation>
    </message>
    <message>
        <source>Fetching “%1” (page %2)</source>
        <extracomment>%1 is a category name, %2 a page number (1 is the newest).</extracomment>
        <translation>Obtendo “%1” (página %2)</translation>
    </message>
    <message>
        <source>The list of “%1” (page %2) was not read.</source>
        <extracomment>%1 is a category name, %2 a page number.</extracomment>
        <translation>A lista de “%1” (página %2) não foi lida.</translation>
    </message>
    <message>
        <source>Sending the outbox</source>
        <translation>Enviando a caixa de saída</translation>
    </message>
    <message>
        <source>Indexing posts for search</source>
        <translation>Indexando as publicações para a pesquisa</translation>
    </message>
    <message>
        <source>The sync stopped because of an unexpected error. What was saved before is intact.</source>
        <translation>A sincronização parou por causa de um erro inesperado. O que foi guardado antes está intacto.</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>em %n minuto</numerusform>
            <numerusform>em %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in about %n hour(s)</source>
        <translation>
            <numerusform>em cerca de %n hora</numerusform>
            <numerusform>em cerca de %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in about %n day(s)</source>
        <translation>
            <numerusform>em cerca de %n dia</numerusform>
            <numerusform>em cerca de %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>The forum&apos;s request limit for now is used up, so the sync stopped; what was downloaded is kept. It can go on after %1 (%2).</source>
        <extracomment>%1 is a local time (or date and time), %2 how long until then (&quot;in about 3 hours&quot;).</extracomment>
        <translation>O limite de pedidos do fórum está esgotado por agora, por isso a sincronização parou; o que foi baixado fica guardado. A sincronização pode continuar depois de %1 (%2).</translation>
    </message>
    <message>
        <source>The forum could not be reached, so the sync stopped; what was downloaded is kept. %1</source>
        <extracomment>%1 says what went wrong with the connection (a whole sentence).</extracomment>
        <translation>Não foi possível conectar-se ao fórum, por isso a sincronização parou; o que foi baixado fica guardado. %1</translation>
    </message>
    <message>
        <source>The sync was cancelled; what was downloaded is kept.</source>
        <translation>A sincronização foi cancelada; o que foi baixado fica guardado.</translation>
    </message>
    <message>
        <source>The sync stopped because the offline copy could not be written. %1 What was saved before is intact.</source>
        <extracomment>%1 is the store&apos;s own sentence about the failure (e.g. the disk is full).</extracomment>
        <translation>A sincronização parou porque não foi possível gravar na cópia offline. %1 O que foi guardado antes está intacto.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) like these were left out of this report.</source>
        <translation>
            <numerusform>Mais %n problema como estes ficou de fora deste relatório.</numerusform>
            <numerusform>Mais %n problemas como estes ficaram de fora deste relatório.</numerusform>
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
        <translation>tópico %1</translation>
    </message>
    <message>
        <source>Fetching “%1”</source>
        <translation>Obtendo “%1”</translation>
    </message>
    <message>
        <source>The topic “%1” was not updated.</source>
        <extracomment>%1 is a topic title (or &quot;topic 123&quot;).</extracomment>
        <translation>O tópico “%1” não foi atualizado.</translation>
    </message>
    <message>
        <source>Fetching posts of “%1”</source>
        <translation>Obtendo as publicações de “%1”</translation>
    </message>
    <message>
        <source>Some posts of the topic “%1” were not downloaded.</source>
        <translation>Algumas publicações do tópico “%1” não foram baixadas.</translation>
    </message>
    <message>
        <source>The forum refused your sign-in key. Topics it would not show were kept as they were, and your queued posts wait. Sign in to this forum again.</source>
        <translation>O fórum recusou a sua chave de acesso. Os tópicos que ele não quis mostrar ficaram como estavam, e as suas publicações na fila continuam aguardando. Entre de novo neste fórum.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>ApiError</name>
        <message>
            <source>Check the client id and secret, then try again; a new access token will be requested.</source>
            <translation>Confira o ID e o segredo do cliente e tente de novo; um novo token de acesso será solicitado.</translation>
        </message>
        <message>
            <source>Check that the client id (x-api-key) is the one of your Developer Console credential.</source>
            <translation>Confira se o ID do cliente (x-api-key) é o da sua credencial do Developer Console.</translation>
        </message>
        <message>
            <source>Check the organisation id and that the credential has an Experience Platform product profile.</source>
            <translation>Confira o ID da organização e se a credencial tem um perfil de produto do Experience Platform.</translation>
        </message>
        <message>
            <source>Set the sandbox name (lower case, e.g. prod).</source>
            <translation>Informe o nome da sandbox (minúsculas, ex.: prod).</translation>
        </message>
        <message>
            <source>Use the same schema for the dataset, the target connection and the mapping.</source>
            <translation>Use o mesmo esquema para o conjunto de dados, a conexão de destino e o mapeamento.</translation>
        </message>
        <message>
            <source>The mapping set changed; apply again to pick up its current version.</source>
            <translation>O conjunto de mapeamento mudou; aplique de novo para usar a versão atual.</translation>
        </message>
        <message>
            <source>Delete the dataflows that use this account first.</source>
            <translation>Exclua primeiro os fluxos de dados que usam esta conta.</translation>
        </message>
        <message>
            <source>The source's connection or authentication spec is unknown; pick the source again.</source>
            <translation>A especificação de conexão ou de autenticação da origem é desconhecida; escolha a origem de novo.</translation>
        </message>
        <message>
            <source>A schema with this title exists already; pick it or choose another title.</source>
            <translation>Já existe um esquema com este título; escolha-o ou use outro título.</translation>
        </message>
        <message>
            <source>This is a client bug (Accept header); please report it.</source>
            <translation>Isto é um erro do cliente (cabeçalho Accept); por favor, relate-o.</translation>
        </message>
        <message>
            <source>Check the client id and client secret of your credential.</source>
            <translation>Confira o ID e o segredo do cliente da sua credencial.</translation>
        </message>
        <message>
            <source>Correct the highlighted input and try again.</source>
            <translation>Corrija o campo destacado e tente de novo.</translation>
        </message>
        <message>
            <source>Check the credentials and try again.</source>
            <translation>Confira as credenciais e tente de novo.</translation>
        </message>
        <message>
            <source>Ask an administrator for the missing Experience Platform permission.</source>
            <translation>Peça a um administrador a permissão do Experience Platform que falta.</translation>
        </message>
        <message>
            <source>The resource no longer exists; refresh the page or pick another one.</source>
            <translation>O recurso não existe mais; atualize a página ou escolha outro.</translation>
        </message>
        <message>
            <source>This is a client bug (content negotiation); please report it.</source>
            <translation>Isto é um erro do cliente (negociação de conteúdo); por favor, relate-o.</translation>
        </message>
        <message>
            <source>The resource was changed by someone else; reload it and apply again.</source>
            <translation>O recurso foi alterado por outra pessoa; recarregue-o e aplique de novo.</translation>
        </message>
        <message>
            <source>The Platform is rate-limiting; wait a moment and retry.</source>
            <translation>O Platform está limitando as requisições; aguarde um pouco e tente de novo.</translation>
        </message>
        <message>
            <source>The Platform had a problem; retry later. Resume will not create anything twice.</source>
            <translation>O Platform teve um problema; tente mais tarde. Retomar não cria nada duas vezes.</translation>
        </message>
        <message>
            <source>Retry; if it persists, report the request id to Adobe support.</source>
            <translation>Tente de novo; se persistir, informe o ID da requisição ao suporte da Adobe.</translation>
        </message>
        <message>
            <source>(request id %1)</source>
            <translation>(ID da requisição %1)</translation>
        </message>
        <message>
            <source>Next step: %1</source>
            <translation>Próximo passo: %1</translation>
        </message>
        <message>
            <source>The server answered HTTP %1 without a readable error message.</source>
            <translation>O servidor respondeu HTTP %1 sem uma mensagem de erro legível.</translation>
        </message>
    </context>
    <context>
        <name>ConnectPage</name>
        <message>
            <source>Connect to Adobe Experience Platform</source>
            <translation>Conectar ao Adobe Experience Platform</translation>
        </message>
        <message>
            <source>Enter the credential of your Developer Console project, or try everything offline on the demo sandbox.</source>
            <translation>Informe a credencial do seu projeto no Developer Console ou experimente tudo offline na sandbox de demonstração.</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Ambiente</translation>
        </message>
        <message>
            <source>Adobe Experience &amp;Platform</source>
            <translation>Adobe Experience &amp;Platform</translation>
        </message>
        <message>
            <source>&amp;Demo sandbox (offline)</source>
            <translation>Sandbox de &amp;demonstração (offline)</translation>
        </message>
        <message>
            <source>Credential (OAuth Server-to-Server)</source>
            <translation>Credencial (OAuth servidor a servidor)</translation>
        </message>
        <message>
            <source>&amp;Organization ID:</source>
            <translation>ID da &amp;organização:</translation>
        </message>
        <message>
            <source>e.g. 0123456789ABCDEF01234567@AdobeOrg</source>
            <translation>ex.: 0123456789ABCDEF01234567@AdobeOrg</translation>
        </message>
        <message>
            <source>Organization ID</source>
            <translation>ID da organização</translation>
        </message>
        <message>
            <source>prod</source>
            <translation>prod</translation>
        </message>
        <message>
            <source>Sandbox name</source>
            <translation>Nome da sandbox</translation>
        </message>
        <message>
            <source>C&amp;lient ID:</source>
            <translation>ID do c&amp;liente:</translation>
        </message>
        <message>
            <source>Client ID</source>
            <translation>ID do cliente</translation>
        </message>
        <message>
            <source>Client s&amp;ecret:</source>
            <translation>&amp;Segredo do cliente:</translation>
        </message>
        <message>
            <source>Client secret</source>
            <translation>Segredo do cliente</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Escopos</translation>
        </message>
        <message>
            <source>The client secret is kept in your system keychain, never in the session file.</source>
            <translation>O segredo do cliente fica no chaveiro do sistema, nunca no arquivo da sessão.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Testar conexão</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Testar conexão</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Verificações</translation>
        </message>
        <message>
            <source>S&amp;copes:</source>
            <translation>Es&amp;copos:</translation>
        </message>
        <message>
            <source>Sandbo&amp;x:</source>
            <translation>Sandbo&amp;x:</translation>
        </message>
    </context>
    <context>
        <name>CreatePage</name>
        <message>
            <source>What went wrong</source>
            <translation>O que deu errado</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Tentar de novo</translation>
        </message>
        <message>
            <source>Resume &amp;later</source>
            <translation>Retomar &amp;depois</translation>
        </message>
        <message>
            <source>Roll bac&amp;k</source>
            <translation>Desfa&amp;zer</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>&amp;Parar</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Core::ApiClient</name>
        <message>
            <source>The URL %1 is not valid.</source>
            <translation>A URL %1 não é válida.</translation>
        </message>
        <message>
            <source>Check the Platform and IMS URLs.</source>
            <translation>Confira as URLs do Platform e do IMS.</translation>
        </message>
        <message>
            <source>Refusing to send credentials over %1 to %2: only https is allowed (plain http only to this computer).</source>
            <translation>Credenciais não serão enviadas por %1 para %2: só https é permitido (http simples só para este computador).</translation>
        </message>
        <message>
            <source>Use an https:// URL.</source>
            <translation>Use uma URL https://.</translation>
        </message>
        <message>
            <source>The request was cancelled.</source>
            <translation>A requisição foi cancelada.</translation>
        </message>
        <message>
            <source>No complete answer within %1 s.</source>
            <translation>Nenhuma resposta completa em %1 s.</translation>
        </message>
        <message>
            <source>Check the network and retry; nothing will be created twice.</source>
            <translation>Confira a rede e tente de novo; nada será criado duas vezes.</translation>
        </message>
        <message>
            <source>The answer is larger than %1 MiB and was refused.</source>
            <translation>A resposta é maior que %1 MiB e foi recusada.</translation>
        </message>
        <message>
            <source>Report the request id to Adobe support.</source>
            <translation>Informe o ID da requisição ao suporte da Adobe.</translation>
        </message>
        <message>
            <source>Check the network connection and the Platform URL, then retry.</source>
            <translation>Confira a conexão de rede e a URL do Platform e tente de novo.</translation>
        </message>
        <message>
            <source>The server's TLS certificate was refused: %1</source>
            <translation>O certificado TLS do servidor foi recusado: %1</translation>
        </message>
        <message>
            <source>Check the URL; certificate errors are never ignored.</source>
            <translation>Confira a URL; erros de certificado nunca são ignorados.</translation>
        </message>
        <message>
            <source>The server stopped answering for %1 s.</source>
            <translation>O servidor parou de responder por %1 s.</translation>
        </message>
        <message>
            <source>The server redirected the request (HTTP %1 to %2); redirects are not followed so credentials stay with the Platform.</source>
            <translation>O servidor redirecionou a requisição (HTTP %1 para %2); redirecionamentos não são seguidos para que as credenciais fiquem com o Platform.</translation>
        </message>
        <message>
            <source>The answer was cut off (%1).</source>
            <translation>A resposta veio cortada (%1).</translation>
        </message>
        <message>
            <source>Retry; resume checks what exists before creating anything.</source>
            <translation>Tente de novo; retomar verifica o que existe antes de criar qualquer coisa.</translation>
        </message>
        <message>
            <source>The answer is not valid JSON (%1 at byte %2).</source>
            <translation>A resposta não é um JSON válido (%1 no byte %2).</translation>
        </message>
        <message>
            <source>Retry; if it persists report the request id.</source>
            <translation>Tente de novo; se persistir, informe o ID da requisição.</translation>
        </message>
        <message>
            <source>The access token has expired.</source>
            <translation>O token de acesso expirou.</translation>
        </message>
        <message>
            <source>Set a fresh AEP_ACCESS_TOKEN or use AEP_CLIENT_SECRET instead.</source>
            <translation>Defina um AEP_ACCESS_TOKEN novo ou use AEP_CLIENT_SECRET.</translation>
        </message>
        <message>
            <source>No client secret is available to get an access token.</source>
            <translation>Não há segredo do cliente para obter um token de acesso.</translation>
        </message>
        <message>
            <source>Enter the client secret (or set AEP_CLIENT_SECRET).</source>
            <translation>Informe o segredo do cliente (ou defina AEP_CLIENT_SECRET).</translation>
        </message>
        <message>
            <source>get an access token</source>
            <translation>obter um token de acesso</translation>
        </message>
        <message>
            <source>IMS refused the credentials: %1</source>
            <translation>O IMS recusou as credenciais: %1</translation>
        </message>
        <message>
            <source>Check the client id, client secret and scopes of your Developer Console credential.</source>
            <translation>Confira o ID do cliente, o segredo e os escopos da sua credencial do Developer Console.</translation>
        </message>
        <message>
            <source>The IMS answer is not a JSON object.</source>
            <translation>A resposta do IMS não é um objeto JSON.</translation>
        </message>
        <message>
            <source>Check the IMS URL.</source>
            <translation>Confira a URL do IMS.</translation>
        </message>
        <message>
            <source>The IMS answer has no access_token.</source>
            <translation>A resposta do IMS não tem access_token.</translation>
        </message>
        <message>
            <source>Check the IMS URL and the credential type (OAuth Server-to-Server).</source>
            <translation>Confira a URL do IMS e o tipo de credencial (OAuth servidor a servidor).</translation>
        </message>
        <message>
            <source>The IMS answer has an implausible expires_in (%1); it must be seconds between 60 and 172800.</source>
            <translation>A resposta do IMS tem um expires_in implausível (%1); deve estar em segundos, entre 60 e 172800.</translation>
        </message>
        <message>
            <source>Check the IMS URL; the deprecated JWT exchange answers in milliseconds.</source>
            <translation>Confira a URL do IMS; a troca JWT obsoleta responde em milissegundos.</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Core::AutoMapper</name>
        <message>
            <source>types match (%1)</source>
            <translation>os tipos combinam (%1)</translation>
        </message>
        <message>
            <source>%1 converts to %2</source>
            <translation>%1 converte para %2</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>"%1" is a well-known name for %2; %3</source>
            <translation>"%1" é um nome conhecido para %2; %3</translation>
        </message>
        <message>
            <source>Name "%1" is similar to "%2" (%3); %4</source>
            <translation>O nome "%1" é parecido com "%2" (%3); %4</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Core::Engine</name>
        <message>
            <source>The journal could not be saved: %1</source>
            <translation>Não foi possível salvar o diário: %1</translation>
        </message>
        <message>
            <source>Free disk space or fix permissions, then apply again; nothing is lost.</source>
            <translation>Libere espaço em disco ou corrija as permissões e aplique de novo; nada se perde.</translation>
        </message>
        <message>
            <source>Correct the session and apply again.</source>
            <translation>Corrija a sessão e aplique de novo.</translation>
        </message>
        <message>
            <source>Correct the dataflow settings and apply again.</source>
            <translation>Corrija as configurações do fluxo e aplique de novo.</translation>
        </message>
        <message>
            <source>Applying with run marker %1</source>
            <translation>Aplicando com o marcador de execução %1</translation>
        </message>
        <message>
            <source>(created)</source>
            <translation>(criado)</translation>
        </message>
        <message>
            <source>(existing)</source>
            <translation>(existente)</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 falhou: %2</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <source>Apply again to resume.</source>
            <translation>Aplique de novo para retomar.</translation>
        </message>
        <message>
            <source>The Schema Registry did not return a tenant id.</source>
            <translation>O Schema Registry não devolveu um ID de tenant.</translation>
        </message>
        <message>
            <source>Check that the credential has access to the sandbox.</source>
            <translation>Confira se a credencial tem acesso à sandbox.</translation>
        </message>
        <message>
            <source>The flow spec CRMToAEP does not list the source spec %1.</source>
            <translation>A especificação de fluxo CRMToAEP não lista a especificação de origem %1.</translation>
        </message>
        <message>
            <source>Check the source's connection spec id.</source>
            <translation>Confira o ID da especificação de conexão da origem.</translation>
        </message>
        <message>
            <source>The table %1 has no column(s) %2.</source>
            <translation>A tabela %1 não tem a(s) coluna(s) %2.</translation>
        </message>
        <message>
            <source>Pick columns that exist in the table.</source>
            <translation>Escolha colunas que existem na tabela.</translation>
        </message>
        <message>
            <source>The delta column %1 is not a date-time column of %2.</source>
            <translation>A coluna delta %1 não é uma coluna de data e hora de %2.</translation>
        </message>
        <message>
            <source>Pick a date-time column such as sys_updated_on, SystemModstamp or LastModifiedDate.</source>
            <translation>Escolha uma coluna de data e hora como sys_updated_on, SystemModstamp ou LastModifiedDate.</translation>
        </message>
        <message numerus="yes">
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n coluna</numerusform>
                <numerusform>%n colunas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: outcome unknown (%2); checking what exists</source>
            <translation>%1: resultado desconhecido (%2); verificando o que existe</translation>
        </message>
        <message>
            <source>%1: adopted %2 found by its marker</source>
            <translation>%1: adotado %2, encontrado pelo marcador</translation>
        </message>
        <message>
            <source>%1: deleting duplicate %2</source>
            <translation>%1: excluindo a duplicata %2</translation>
        </message>
        <message>
            <source>Could not delete a duplicate: %1</source>
            <translation>Não foi possível excluir uma duplicata: %1</translation>
        </message>
        <message>
            <source>The account's secret(s) %1 are missing.</source>
            <translation>Faltam os segredos da conta: %1.</translation>
        </message>
        <message>
            <source>Set %1 in the environment (or enter them in the wizard).</source>
            <translation>Defina %1 no ambiente (ou informe-os no assistente).</translation>
        </message>
        <message>
            <source>The dataset %1 uses the schema %2, not %3 (FLOW-1425).</source>
            <translation>O conjunto de dados %1 usa o esquema %2, não %3 (FLOW-1425).</translation>
        </message>
        <message>
            <source>Pick a dataset of the target schema or create one.</source>
            <translation>Escolha um conjunto de dados do esquema de destino ou crie um.</translation>
        </message>
        <message>
            <source> — source</source>
            <translation> — origem</translation>
        </message>
        <message>
            <source>Table %1</source>
            <translation>Tabela %1</translation>
        </message>
        <message>
            <source> — data lake</source>
            <translation> — data lake</translation>
        </message>
        <message>
            <source>Dataset %1</source>
            <translation>Conjunto de dados %1</translation>
        </message>
        <message>
            <source>Correct the mapping and apply again.</source>
            <translation>Corrija o mapeamento e aplique de novo.</translation>
        </message>
        <message>
            <source> mapping</source>
            <translation> mapeamento</translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) removed</source>
            <translation>
                <numerusform>%n duplicata removida</numerusform>
                <numerusform>%n duplicatas removidas</numerusform>
            </translation>
        </message>
        <message>
            <source>The mapping set %1 stays: the Data Prep API has no delete.</source>
            <translation>O conjunto de mapeamento %1 permanece: a API Data Prep não tem exclusão.</translation>
        </message>
        <message>
            <source>Deleted %1 %2</source>
            <translation>%1 %2 excluído</translation>
        </message>
        <message>
            <source>Could not delete %1: %2</source>
            <translation>Não foi possível excluir %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Could not check for duplicates (%n kind(s) or copies): %1</source>
            <translation>
                <numerusform>Não foi possível verificar duplicatas (%n tipo ou cópia): %1</numerusform>
                <numerusform>Não foi possível verificar duplicatas (%n tipos ou cópias): %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Apply again: the check runs again and removes any duplicate; nothing is created twice.</source>
            <translation>Aplique de novo: a verificação roda outra vez e remove qualquer duplicata; nada é criado duas vezes.</translation>
        </message>
        <message>
            <source>Could not check %1 by its marker: %2</source>
            <translation>Não foi possível verificar %1 pelo marcador: %2</translation>
        </message>
        <message>
            <source>%1: deleting leftover %2 found by its marker</source>
            <translation>%1: excluindo a sobra %2 encontrada pelo marcador</translation>
        </message>
        <message>
            <source>Could not delete: %1</source>
            <translation>Não foi possível excluir: %1</translation>
        </message>
        <message>
            <source>Some leftovers could not be checked or removed: %1</source>
            <translation>Algumas sobras não puderam ser verificadas ou removidas: %1</translation>
        </message>
        <message>
            <source>Roll back again.</source>
            <translation>Desfaça de novo.</translation>
        </message>
        <message>
            <source>%1 could not be created or found: %2</source>
            <translation>Não foi possível criar nem encontrar %1: %2</translation>
        </message>
        <message>
            <source>Apply again later; nothing will be created twice.</source>
            <translation>Aplique de novo mais tarde; nada será criado duas vezes.</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Core::FlowSpecValidator</name>
        <message>
            <source>The %1 schema of the flow spec cannot be used: %2</source>
            <translation>O esquema %1 da especificação de fluxo não pode ser usado: %2</translation>
        </message>
        <message>
            <source>start time</source>
            <translation>horário de início</translation>
        </message>
        <message>
            <source>frequency</source>
            <translation>frequência</translation>
        </message>
        <message>
            <source>interval</source>
            <translation>intervalo</translation>
        </message>
        <message>
            <source>backfill setting</source>
            <translation>configuração de carga retroativa</translation>
        </message>
        <message>
            <source>error diagnostics setting</source>
            <translation>configuração de diagnóstico de erros</translation>
        </message>
        <message>
            <source>partial ingestion threshold</source>
            <translation>limite de ingestão parcial</translation>
        </message>
        <message>
            <source>delta column</source>
            <translation>coluna delta</translation>
        </message>
        <message>
            <source>delta column name</source>
            <translation>nome da coluna delta</translation>
        </message>
        <message>
            <source>delta column date format</source>
            <translation>formato de data da coluna delta</translation>
        </message>
        <message>
            <source>delta column time zone</source>
            <translation>fuso horário da coluna delta</translation>
        </message>
        <message>
            <source>mapping id</source>
            <translation>ID do mapeamento</translation>
        </message>
        <message>
            <source>mapping version</source>
            <translation>versão do mapeamento</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>um número inteiro</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>um número</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>verdadeiro ou falso</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>a group of fields</source>
            <translation>um grupo de campos</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>uma lista</translation>
        </message>
        <message>
            <source>The start time looks like milliseconds; use seconds since 1 January 1970 (UTC).</source>
            <translation>O horário de início parece estar em milissegundos; use segundos desde 1º de janeiro de 1970 (UTC).</translation>
        </message>
        <message>
            <source>Enter an interval: it is required unless the frequency is once.</source>
            <translation>Informe um intervalo: ele é obrigatório, exceto quando a frequência é uma vez.</translation>
        </message>
        <message>
            <source>Choose a start time.</source>
            <translation>Escolha um horário de início.</translation>
        </message>
        <message>
            <source>Choose a frequency.</source>
            <translation>Escolha uma frequência.</translation>
        </message>
        <message>
            <source>The %1 is required.</source>
            <translation>O campo %1 é obrigatório.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <source>The start time must be a number of seconds since 1 January 1970 (UTC), not text.</source>
            <translation>O horário de início deve ser um número de segundos desde 1º de janeiro de 1970 (UTC), não texto.</translation>
        </message>
        <message>
            <source>The %1 must be text (for example "%2"), not a number.</source>
            <translation>O campo %1 deve ser texto (por exemplo "%2"), não um número.</translation>
        </message>
        <message>
            <source>The %1 must be %2.</source>
            <translation>O campo %1 deve ser %2.</translation>
        </message>
        <message>
            <source>The %1 must be one of: %2.</source>
            <translation>O campo %1 deve ser um destes: %2.</translation>
        </message>
        <message>
            <source>The interval must be at least %1 minutes when the frequency is minute.</source>
            <translation>O intervalo deve ser de pelo menos %1 minutos quando a frequência é minuto.</translation>
        </message>
        <message>
            <source>The %1 must be at least %2.</source>
            <translation>O campo %1 deve ser no mínimo %2.</translation>
        </message>
        <message>
            <source>The %1 must be greater than %2.</source>
            <translation>O campo %1 deve ser maior que %2.</translation>
        </message>
        <message>
            <source>The %1 must be at most %2.</source>
            <translation>O campo %1 deve ser no máximo %2.</translation>
        </message>
        <message>
            <source>The %1 must be less than %2.</source>
            <translation>O campo %1 deve ser menor que %2.</translation>
        </message>
        <message>
            <source>Leave the interval empty when the frequency is once.</source>
            <translation>Deixe o intervalo vazio quando a frequência é uma vez.</translation>
        </message>
        <message>
            <source>Backfill cannot be set when the frequency is once.</source>
            <translation>A carga retroativa não pode ser usada quando a frequência é uma vez.</translation>
        </message>
        <message>
            <source>The %1 is not allowed with these settings.</source>
            <translation>O campo %1 não é permitido com estas configurações.</translation>
        </message>
        <message>
            <source>The option “%1” is not known.</source>
            <translation>A opção “%1” é desconhecida.</translation>
        </message>
        <message>
            <source>The field “%1” is not known.</source>
            <translation>O campo “%1” é desconhecido.</translation>
        </message>
        <message>
            <source>The %1 is not valid.</source>
            <translation>O campo %1 não é válido.</translation>
        </message>
        <message>
            <source>These settings are not accepted by the flow spec.</source>
            <translation>Estas configurações não são aceitas pela especificação de fluxo.</translation>
        </message>
        <message>
            <source>The flow spec has no schedule schema (scheduleSpec.spec).</source>
            <translation>A especificação de fluxo não tem esquema de agendamento (scheduleSpec.spec).</translation>
        </message>
        <message>
            <source>A transformation in the flow spec has no name or no schema.</source>
            <translation>Uma transformação da especificação de fluxo não tem nome ou esquema.</translation>
        </message>
        <message>
            <source>The flow spec has no transformation named “%1” (known: %2).</source>
            <translation>A especificação de fluxo não tem transformação chamada “%1” (conhecidas: %2).</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Core::MappingCsv</name>
        <message>
            <source>Line %1: a quote inside an unquoted field; quote the whole field and double the quote.</source>
            <translation>Linha %1: aspas dentro de um campo sem aspas; coloque o campo inteiro entre aspas e duplique as aspas.</translation>
        </message>
        <message>
            <source>Line %1: text after a closing quote.</source>
            <translation>Linha %1: texto depois das aspas de fechamento.</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is not closed.</source>
            <translation>Linha %1: um campo entre aspas não foi fechado.</translation>
        </message>
        <message>
            <source>Line 1: the file is empty; expected a header such as "sourceType,source,destination".</source>
            <translation>Linha 1: o arquivo está vazio; esperava-se um cabeçalho como "sourceType,source,destination".</translation>
        </message>
        <message>
            <source>Line %1: the header needs a source and a destination column ("source"/"destination" or "Source Field"/"Target Field").</source>
            <translation>Linha %1: o cabeçalho precisa de uma coluna de origem e uma de destino ("source"/"destination" ou "Source Field"/"Target Field").</translation>
        </message>
        <message>
            <source>Line %1: %2 fields, but the header has %3.</source>
            <translation>Linha %1: %2 campos, mas o cabeçalho tem %3.</translation>
        </message>
        <message>
            <source>Line %1: unknown source type "%2" (use ATTRIBUTE, EXPRESSION or STATIC).</source>
            <translation>Linha %1: tipo de origem desconhecido "%2" (use ATTRIBUTE, EXPRESSION ou STATIC).</translation>
        </message>
        <message>
            <source>Line %1: both source and destination are empty.</source>
            <translation>Linha %1: origem e destino estão vazios.</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Core::MappingModel</name>
        <message numerus="yes">
            <source>%1 (+%n more)</source>
            <translation>
                <numerusform>%1 (+%n outro)</numerusform>
                <numerusform>%1 (+%n outros)</numerusform>
            </translation>
        </message>
        <message>
            <source>Converted</source>
            <translation>Convertido</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Sugerido</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>The source value will be converted to the destination type.</source>
            <translation>O valor de origem será convertido para o tipo de destino.</translation>
        </message>
        <message>
            <source>Suggested (score %1): %2</source>
            <translation>Sugerido (pontuação %1): %2</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Attribute, expression or static value</source>
            <translation>Atributo, expressão ou valor fixo</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origem</translation>
        </message>
        <message>
            <source>Source column, expression or value</source>
            <translation>Coluna de origem, expressão ou valor</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>XDM field path in the target schema</source>
            <translation>Caminho do campo XDM no esquema de destino</translation>
        </message>
        <message>
            <source>Field type</source>
            <translation>Tipo do campo</translation>
        </message>
        <message>
            <source>Type of the destination field</source>
            <translation>Tipo do campo de destino</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Validation result</source>
            <translation>Resultado da validação</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Core::MappingValidator</name>
        <message>
            <source>Empty source</source>
            <translation>Origem vazia</translation>
        </message>
        <message>
            <source>Unknown source column</source>
            <translation>Coluna de origem desconhecida</translation>
        </message>
        <message>
            <source>Unknown destination</source>
            <translation>Destino desconhecido</translation>
        </message>
        <message>
            <source>Destination is not a field</source>
            <translation>O destino não é um campo</translation>
        </message>
        <message>
            <source>Duplicate destination</source>
            <translation>Destino duplicado</translation>
        </message>
        <message>
            <source>Incompatible type</source>
            <translation>Tipo incompatível</translation>
        </message>
        <message>
            <source>Empty destination</source>
            <translation>Destino vazio</translation>
        </message>
        <message>
            <source>Choose a source column.</source>
            <translation>Escolha uma coluna de origem.</translation>
        </message>
        <message>
            <source>Enter an expression.</source>
            <translation>Informe uma expressão.</translation>
        </message>
        <message>
            <source>Enter a value.</source>
            <translation>Informe um valor.</translation>
        </message>
        <message>
            <source>"%1" is not one of the selected source columns.</source>
            <translation>"%1" não é uma das colunas de origem selecionadas.</translation>
        </message>
        <message>
            <source>Choose a destination field.</source>
            <translation>Escolha um campo de destino.</translation>
        </message>
        <message>
            <source>"%1" is not a field of schema "%2".</source>
            <translation>"%1" não é um campo do esquema "%2".</translation>
        </message>
        <message>
            <source>"%1" is an object; choose one of its fields.</source>
            <translation>"%1" é um objeto; escolha um dos seus campos.</translation>
        </message>
        <message>
            <source>Column "%1" (%2) cannot be written to "%3" (%4).</source>
            <translation>A coluna "%1" (%2) não pode ser gravada em "%3" (%4).</translation>
        </message>
        <message>
            <source>"%1" is also the destination of row(s) %2.</source>
            <translation>"%1" também é o destino da(s) linha(s) %2.</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Core::SafeFile</name>
        <message>
            <source>Could not create a temporary file next to %1: %2</source>
            <translation>Não foi possível criar um arquivo temporário ao lado de %1: %2</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Não foi possível gravar %1: %2</translation>
        </message>
        <message>
            <source>Could not flush %1 to disk: %2</source>
            <translation>Não foi possível descarregar %1 no disco: %2</translation>
        </message>
        <message>
            <source>Could not close %1: %2</source>
            <translation>Não foi possível fechar %1: %2</translation>
        </message>
        <message>
            <source>Could not keep the previous version of %1: %2</source>
            <translation>Não foi possível manter a versão anterior de %1: %2</translation>
        </message>
        <message>
            <source>Could not replace %1: %2</source>
            <translation>Não foi possível substituir %1: %2</translation>
        </message>
        <message>
            <source>Saved %1, but could not open its folder to flush it: %2</source>
            <translation>%1 foi salvo, mas não foi possível abrir a pasta para descarregá-la: %2</translation>
        </message>
        <message>
            <source>Saved %1, but could not flush its folder to disk: %2</source>
            <translation>%1 foi salvo, mas não foi possível descarregar a pasta no disco: %2</translation>
        </message>
        <message>
            <source>Could not keep the previous version of %1.</source>
            <translation>Não foi possível manter a versão anterior de %1.</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>Não foi possível salvar %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Core::SchemaFieldModel</name>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Caminho</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Core::SchemaIndex</name>
        <message>
            <source>The schema is not a JSON object.</source>
            <translation>O esquema não é um objeto JSON.</translation>
        </message>
        <message>
            <source>The schema is not valid JSON (offset %1): %2</source>
            <translation>O esquema não é um JSON válido (posição %1): %2</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Core::StrictJson</name>
        <message>
            <source>The file is empty.</source>
            <translation>O arquivo está vazio.</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>uma lista</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>um texto</translation>
        </message>
        <message>
            <source>a boolean</source>
            <translation>um booleano</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>um número</translation>
        </message>
        <message>
            <source>The top level must be a JSON object ({…}), found %1.</source>
            <translation>O nível superior deve ser um objeto JSON ({…}); encontrado %1.</translation>
        </message>
        <message>
            <source>Unexpected content after the end of the JSON document.</source>
            <translation>Conteúdo inesperado depois do fim do documento JSON.</translation>
        </message>
        <message>
            <source>The file ends inside %1; it may be truncated.</source>
            <translation>O arquivo termina dentro de %1; pode estar truncado.</translation>
        </message>
        <message>
            <source>Comments are not allowed in JSON.</source>
            <translation>Comentários não são permitidos em JSON.</translation>
        </message>
        <message>
            <source>The file contains a NUL byte.</source>
            <translation>O arquivo contém um byte NUL.</translation>
        </message>
        <message>
            <source>The file is not valid UTF-8.</source>
            <translation>O arquivo não é UTF-8 válido.</translation>
        </message>
        <message>
            <source>Unexpected character; expected %1.</source>
            <translation>Caractere inesperado; esperava-se %1.</translation>
        </message>
        <message>
            <source>Strings must use double quotes, not single quotes.</source>
            <translation>Textos devem usar aspas duplas, não simples.</translation>
        </message>
        <message>
            <source>Unexpected character '%1'; expected %2.</source>
            <translation>Caractere inesperado '%1'; esperava-se %2.</translation>
        </message>
        <message>
            <source>a value</source>
            <translation>um valor</translation>
        </message>
        <message>
            <source>NaN and Infinity are not allowed in JSON.</source>
            <translation>NaN e Infinity não são permitidos em JSON.</translation>
        </message>
        <message>
            <source>Nesting is deeper than %1 levels.</source>
            <translation>O aninhamento passa de %1 níveis.</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>um objeto</translation>
        </message>
        <message>
            <source>Object keys must be strings in double quotes.</source>
            <translation>As chaves de objeto devem ser textos entre aspas duplas.</translation>
        </message>
        <message>
            <source>a key in double quotes or '}'</source>
            <translation>uma chave entre aspas duplas ou '}'</translation>
        </message>
        <message>
            <source>Duplicate key "%1".</source>
            <translation>Chave duplicada "%1".</translation>
        </message>
        <message>
            <source>':' after the key</source>
            <translation>':' depois da chave</translation>
        </message>
        <message>
            <source>',' or '}'</source>
            <translation>',' ou '}'</translation>
        </message>
        <message>
            <source>Trailing comma before '}'.</source>
            <translation>Vírgula sobrando antes de '}'.</translation>
        </message>
        <message>
            <source>',' or ']'</source>
            <translation>',' ou ']'</translation>
        </message>
        <message>
            <source>Trailing comma before ']'.</source>
            <translation>Vírgula sobrando antes de ']'.</translation>
        </message>
        <message>
            <source>Missing value between commas.</source>
            <translation>Falta um valor entre vírgulas.</translation>
        </message>
        <message>
            <source>Unknown literal; expected true, false or null.</source>
            <translation>Literal desconhecido; esperava-se true, false ou null.</translation>
        </message>
        <message>
            <source>Numbers must not have leading zeros.</source>
            <translation>Números não podem ter zeros à esquerda.</translation>
        </message>
        <message>
            <source>Invalid number.</source>
            <translation>Número inválido.</translation>
        </message>
        <message>
            <source>Invalid number: a digit must follow the decimal point.</source>
            <translation>Número inválido: deve haver um dígito depois do ponto decimal.</translation>
        </message>
        <message>
            <source>Invalid number: the exponent has no digits.</source>
            <translation>Número inválido: o expoente não tem dígitos.</translation>
        </message>
        <message>
            <source>The number %1 is too large.</source>
            <translation>O número %1 é grande demais.</translation>
        </message>
        <message>
            <source>The integer %1 is too large to be stored exactly.</source>
            <translation>O inteiro %1 é grande demais para ser guardado com exatidão.</translation>
        </message>
        <message>
            <source>Invalid \u escape: four hex digits are needed.</source>
            <translation>Escape \u inválido: são necessários quatro dígitos hexadecimais.</translation>
        </message>
        <message>
            <source>A string is not closed before the end of the line.</source>
            <translation>Um texto não foi fechado antes do fim da linha.</translation>
        </message>
        <message>
            <source>Control characters must be escaped in strings.</source>
            <translation>Caracteres de controle devem ser escapados em textos.</translation>
        </message>
        <message>
            <source>Lone low surrogate \u%1 in a string.</source>
            <translation>Surrogate baixo isolado \u%1 em um texto.</translation>
        </message>
        <message>
            <source>Lone high surrogate \u%1 in a string.</source>
            <translation>Surrogate alto isolado \u%1 em um texto.</translation>
        </message>
        <message>
            <source>The file contains a NUL character (\u0000).</source>
            <translation>O arquivo contém um caractere NUL (\u0000).</translation>
        </message>
        <message>
            <source>Invalid escape sequence in a string.</source>
            <translation>Sequência de escape inválida em um texto.</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation>linha %1, coluna %2</translation>
        </message>
        <message>
            <source>The file is UTF-16 encoded; save it as UTF-8.</source>
            <translation>O arquivo está em UTF-16; salve-o como UTF-8.</translation>
        </message>
        <message>
            <source>The file looks like UTF-16 without a byte-order mark; save it as UTF-8.</source>
            <translation>O arquivo parece UTF-16 sem marca de ordem de bytes; salve-o como UTF-8.</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::ApplySuggestionsCommand</name>
        <message numerus="yes">
            <source>Auto-map %n column(s)</source>
            <translation>
                <numerusform>Mapear automaticamente %n coluna</numerusform>
                <numerusform>Mapear automaticamente %n colunas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::BusyOverlay</name>
        <message>
            <source>Working</source>
            <translation>Trabalhando</translation>
        </message>
        <message>
            <source>Cancel the running request</source>
            <translation>Cancelar a requisição em andamento</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel the running request (Esc)</source>
            <translation>Cancelar a requisição em andamento (Esc)</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::ConnectPage</name>
        <message>
            <source>The demo sandbox runs inside this program on 127.0.0.1; its credential is filled in for you.</source>
            <translation>A sandbox de demonstração roda dentro deste programa em 127.0.0.1; a credencial já vem preenchida.</translation>
        </message>
        <message>
            <source>The client secret is kept in your system keychain, never in the session file.</source>
            <translation>O segredo do cliente fica no chaveiro do sistema, nunca no arquivo da sessão.</translation>
        </message>
        <message>
            <source>The demo sandbox could not start: %1</source>
            <translation>Não foi possível iniciar a sandbox de demonstração: %1</translation>
        </message>
        <message>
            <source>Close other programs using many network ports and try again.</source>
            <translation>Feche outros programas que usam muitas portas de rede e tente de novo.</translation>
        </message>
        <message>
            <source>Access token: not checked yet</source>
            <translation>Token de acesso: ainda não verificado</translation>
        </message>
        <message>
            <source>Organization access: not checked yet</source>
            <translation>Acesso à organização: ainda não verificado</translation>
        </message>
        <message>
            <source>Sandbox access: not checked yet</source>
            <translation>Acesso à sandbox: ainda não verificado</translation>
        </message>
        <message>
            <source>Fill in the organization ID, sandbox, client ID and client secret.</source>
            <translation>Preencha o ID da organização, a sandbox, o ID do cliente e o segredo do cliente.</translation>
        </message>
        <message>
            <source>They are on the Credentials page of your Developer Console project.</source>
            <translation>Eles estão na página Credentials do seu projeto no Developer Console.</translation>
        </message>
        <message>
            <source>Requesting an access token…</source>
            <translation>Solicitando um token de acesso…</translation>
        </message>
        <message>
            <source>Access token: refused. %1</source>
            <translation>Token de acesso: recusado. %1</translation>
        </message>
        <message>
            <source>Check the client ID and client secret (Developer Console, OAuth Server-to-Server credential) and your network.</source>
            <translation>Confira o ID e o segredo do cliente (Developer Console, credencial OAuth servidor a servidor) e a sua rede.</translation>
        </message>
        <message>
            <source>Access token: obtained</source>
            <translation>Token de acesso: obtido</translation>
        </message>
        <message>
            <source>Checking access to the organization…</source>
            <translation>Verificando o acesso à organização…</translation>
        </message>
        <message>
            <source>Organization access: granted</source>
            <translation>Acesso à organização: concedido</translation>
        </message>
        <message>
            <source>Organization access: refused. %1</source>
            <translation>Acesso à organização: recusado. %1</translation>
        </message>
        <message>
            <source>Check the organization ID, add the Experience Platform API to the Developer Console project and give its product profile access to this organization.</source>
            <translation>Confira o ID da organização, adicione a API do Experience Platform ao projeto no Developer Console e dê ao perfil de produto acesso a esta organização.</translation>
        </message>
        <message>
            <source>Organization access: granted (tenant %1)</source>
            <translation>Acesso à organização: concedido (tenant %1)</translation>
        </message>
        <message>
            <source>Checking access to the sandbox…</source>
            <translation>Verificando o acesso à sandbox…</translation>
        </message>
        <message>
            <source>Sandbox access: "%1" offers neither Salesforce Service Cloud nor ServiceNow.</source>
            <translation>Acesso à sandbox: "%1" não oferece Salesforce Service Cloud nem ServiceNow.</translation>
        </message>
        <message>
            <source>The sandbox lists no Salesforce Service Cloud or ServiceNow source.</source>
            <translation>A sandbox não lista nenhuma origem Salesforce Service Cloud ou ServiceNow.</translation>
        </message>
        <message>
            <source>Ask your administrator to enable the sources in this sandbox.</source>
            <translation>Peça ao administrador para habilitar as origens nesta sandbox.</translation>
        </message>
        <message numerus="yes">
            <source>Sandbox access: granted to "%1" (%n source(s) available)</source>
            <translation>
                <numerusform>Acesso à sandbox: concedido a "%1" (%n origem disponível)</numerusform>
                <numerusform>Acesso à sandbox: concedido a "%1" (%n origens disponíveis)</numerusform>
            </translation>
        </message>
        <message>
            <source>Sandbox access: refused for "%1". %2</source>
            <translation>Acesso à sandbox: recusado para "%1". %2</translation>
        </message>
        <message>
            <source>Check the sandbox name (Sandboxes in the Platform UI) and that the product profile includes this sandbox.</source>
            <translation>Confira o nome da sandbox (Sandboxes na interface do Platform) e se o perfil de produto inclui esta sandbox.</translation>
        </message>
        <message>
            <source>The client secret was read from the system keychain.</source>
            <translation>O segredo do cliente foi lido do chaveiro do sistema.</translation>
        </message>
        <message>
            <source>The client secret is saved in the system keychain.</source>
            <translation>O segredo do cliente está salvo no chaveiro do sistema.</translation>
        </message>
        <message>
            <source>No system keychain is available (%1). The client secret was not saved anywhere: it stays in memory until you close the wizard and you will be asked for it next time.</source>
            <translation>Não há chaveiro do sistema disponível (%1). O segredo do cliente não foi salvo em lugar nenhum: fica na memória até você fechar o assistente e será pedido de novo na próxima vez.</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::CreatePage</name>
        <message>
            <source>Waiting</source>
            <translation>Aguardando</translation>
        </message>
        <message>
            <source>Running…</source>
            <translation>Executando…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Concluído</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Falhou</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Parado</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation>Não necessário</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Criar</translation>
        </message>
        <message>
            <source>The wizard creates each part on the Platform; independent parts are created at the same time.</source>
            <translation>O assistente cria cada parte no Platform; partes independentes são criadas ao mesmo tempo.</translation>
        </message>
        <message>
            <source>&amp;Monitor &gt;</source>
            <translation>&amp;Monitorar &gt;</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalhes</translation>
        </message>
        <message>
            <source>Creation steps</source>
            <translation>Etapas de criação</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erro</translation>
        </message>
        <message>
            <source>Apply again: finished steps are not repeated and nothing is created twice</source>
            <translation>Aplicar de novo: etapas concluídas não se repetem e nada é criado duas vezes</translation>
        </message>
        <message>
            <source>Save the session and close; open it later to continue here</source>
            <translation>Salvar a sessão e fechar; abra-a depois para continuar daqui</translation>
        </message>
        <message>
            <source>Delete what this session created on the Platform</source>
            <translation>Excluir o que esta sessão criou no Platform</translation>
        </message>
        <message>
            <source>Stop after the requests already sent</source>
            <translation>Parar depois das requisições já enviadas</translation>
        </message>
        <message>
            <source>The creation engine is not available.</source>
            <translation>O mecanismo de criação não está disponível.</translation>
        </message>
        <message>
            <source>Restart the wizard.</source>
            <translation>Reinicie o assistente.</translation>
        </message>
        <message>
            <source>Nothing was created yet. Press Retry to start.</source>
            <translation>Nada foi criado ainda. Clique em Tentar de novo para começar.</translation>
        </message>
        <message>
            <source>This session was partly created. Press Retry to continue where it stopped.</source>
            <translation>Esta sessão foi criada em parte. Clique em Tentar de novo para continuar de onde parou.</translation>
        </message>
        <message>
            <source>Creating the dataflow…</source>
            <translation>Criando o fluxo de dados…</translation>
        </message>
        <message>
            <source>Roll back</source>
            <translation>Desfazer</translation>
        </message>
        <message>
            <source>Delete the dataflow and everything this session created on the Platform (connections, dataset, schema)? Existing resources you picked are kept. Mapping sets cannot be deleted through the API.</source>
            <translation>Excluir o fluxo de dados e tudo o que esta sessão criou no Platform (conexões, conjunto de dados, esquema)? Os recursos existentes que você escolheu são mantidos. Conjuntos de mapeamento não podem ser excluídos pela API.</translation>
        </message>
        <message>
            <source>Rolling back…</source>
            <translation>Desfazendo…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Parando…</translation>
        </message>
        <message>
            <source>existing</source>
            <translation>existente</translation>
        </message>
        <message>
            <source>%1 (existing)</source>
            <translation>%1 (existente)</translation>
        </message>
        <message>
            <source>created</source>
            <translation>criado</translation>
        </message>
        <message>
            <source>%1 (created)</source>
            <translation>%1 (criado)</translation>
        </message>
        <message>
            <source>Rolled back: what this session created was deleted.</source>
            <translation>Desfeito: o que esta sessão criou foi excluído.</translation>
        </message>
        <message>
            <source>The dataflow was created. Press Monitor to follow its runs.</source>
            <translation>O fluxo de dados foi criado. Clique em Monitorar para acompanhar as execuções.</translation>
        </message>
        <message>
            <source>Creation was stopped.</source>
            <translation>A criação foi interrompida.</translation>
        </message>
        <message>
            <source>Press Retry to continue where it stopped.</source>
            <translation>Clique em Tentar de novo para continuar de onde parou.</translation>
        </message>
        <message>
            <source>Code: %1</source>
            <translation>Código: %1</translation>
        </message>
        <message>
            <source>HTTP status: %1</source>
            <translation>Status HTTP: %1</translation>
        </message>
        <message>
            <source>Request id: %1</source>
            <translation>ID da requisição: %1</translation>
        </message>
        <message>
            <source>Request: %1 %2</source>
            <translation>Requisição: %1 %2</translation>
        </message>
        <message>
            <source>Next step: press Retry; steps already done are not repeated.</source>
            <translation>Próximo passo: clique em Tentar de novo; etapas já concluídas não se repetem.</translation>
        </message>
        <message>
            <source>Next step: %1</source>
            <translation>Próximo passo: %1</translation>
        </message>
        <message>
            <source>What the Platform answered:</source>
            <translation>O que o Platform respondeu:</translation>
        </message>
        <message>
            <source>Creation stopped. Retry, resume later or roll back.</source>
            <translation>A criação parou. Tente de novo, retome depois ou desfaça.</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::DataflowPage</name>
        <message>
            <source>Dataflow</source>
            <translation>Fluxo de dados</translation>
        </message>
        <message>
            <source>Name the dataflow and choose when it runs.</source>
            <translation>Dê um nome ao fluxo de dados e escolha quando ele roda.</translation>
        </message>
        <message>
            <source>Once</source>
            <translation>Uma vez</translation>
        </message>
        <message>
            <source>Every few minutes</source>
            <translation>A cada poucos minutos</translation>
        </message>
        <message>
            <source>Hourly</source>
            <translation>De hora em hora</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Diariamente</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Semanalmente</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Desligado</translation>
        </message>
        <message>
            <source>Let a run succeed while at most this share of records is rejected; Off fails the run on the first error.</source>
            <translation>Deixa uma execução ter sucesso enquanto no máximo esta parcela de registros for rejeitada; Desligado faz a execução falhar no primeiro erro.</translation>
        </message>
        <message>
            <source>The Platform reads only records whose value in this column changed since the last run. Values must be in UTC.</source>
            <translation>O Platform lê só os registros cujo valor nesta coluna mudou desde a última execução. Os valores devem estar em UTC.</translation>
        </message>
        <message>
            <source>Dataflow name</source>
            <translation>Nome do fluxo de dados</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>Delta column</source>
            <translation>Coluna delta</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Frequência</translation>
        </message>
        <message>
            <source>Interval</source>
            <translation>Intervalo</translation>
        </message>
        <message>
            <source>Start time in UTC</source>
            <translation>Horário de início em UTC</translation>
        </message>
        <message>
            <source>Partial ingestion threshold in percent</source>
            <translation>Limite de ingestão parcial em porcentagem</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>The flow specification could not be loaded (%1): only basic checks are made.</source>
            <translation>Não foi possível carregar a especificação de fluxo (%1): só verificações básicas são feitas.</translation>
        </message>
        <message>
            <source>Checked against the Platform's flow specification %1, version %2.</source>
            <translation>Verificado com a especificação de fluxo %1 do Platform, versão %2.</translation>
        </message>
        <message>
            <source>Checked against a saved copy of the flow specification (version %1); the Platform checks again when the dataflow is created.</source>
            <translation>Verificado com uma cópia salva da especificação de fluxo (versão %1); o Platform verifica de novo quando o fluxo for criado.</translation>
        </message>
        <message>
            <source>%1 (recommended)</source>
            <translation>%1 (recomendado)</translation>
        </message>
        <message>
            <source>%1 to Platform</source>
            <translation>%1 para o Platform</translation>
        </message>
        <message>
            <source>minutes (at least 15)</source>
            <translation>minutos (no mínimo 15)</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>horas</translation>
        </message>
        <message>
            <source>days</source>
            <translation>dias</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semanas</translation>
        </message>
        <message>
            <source>(runs one time)</source>
            <translation>(roda uma vez)</translation>
        </message>
        <message>
            <source>= %1 local time (%2)</source>
            <translation>= %1 no horário local (%2)</translation>
        </message>
        <message>
            <source>Give the dataflow a name.</source>
            <translation>Dê um nome ao fluxo de dados.</translation>
        </message>
        <message>
            <source>This table has no date-time column; the Platform needs one to read only changed records. Choose another table.</source>
            <translation>Esta tabela não tem coluna de data e hora; o Platform precisa de uma para ler só os registros alterados. Escolha outra tabela.</translation>
        </message>
        <message>
            <source>Choose the column that tells when a record changed.</source>
            <translation>Escolha a coluna que indica quando um registro mudou.</translation>
        </message>
        <message>
            <source>Loading the flow specification…</source>
            <translation>Carregando a especificação de fluxo…</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::ErrorBanner</name>
        <message>
            <source>Message</source>
            <translation>Mensagem</translation>
        </message>
        <message>
            <source>Show the server's answer</source>
            <translation>Mostrar a resposta do servidor</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Dispensar</translation>
        </message>
        <message>
            <source>Dismiss the message</source>
            <translation>Dispensar a mensagem</translation>
        </message>
        <message>
            <source>Server answer</source>
            <translation>Resposta do servidor</translation>
        </message>
        <message>
            <source>Code: %1</source>
            <translation>Código: %1</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>Request id: %1</source>
            <translation>ID da requisição: %1</translation>
        </message>
        <message>
            <source>The request failed.</source>
            <translation>A requisição falhou.</translation>
        </message>
        <message>
            <source>Next step: %1</source>
            <translation>Próximo passo: %1</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalhes</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::FieldPicker</name>
        <message>
            <source>Type to search the schema, or a path</source>
            <translation>Digite para buscar no esquema, ou um caminho</translation>
        </message>
        <message>
            <source>Destination field</source>
            <translation>Campo de destino</translation>
        </message>
        <message>
            <source>Schema fields</source>
            <translation>Campos do esquema</translation>
        </message>
        <message>
            <source>Search result</source>
            <translation>Resultado da busca</translation>
        </message>
        <message>
            <source>No target schema loaded</source>
            <translation>Nenhum esquema de destino carregado</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s)</source>
            <translation>
                <numerusform>%n campo</numerusform>
                <numerusform>%n campos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n resultado</numerusform>
                <numerusform>%n resultados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::InsertMappingRowsCommand</name>
        <message numerus="yes">
            <source>Add %n mapping row(s)</source>
            <translation>
                <numerusform>Adicionar %n linha de mapeamento</numerusform>
                <numerusform>Adicionar %n linhas de mapeamento</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::JsonSchemaForm</name>
        <message>
            <source>%1 is required</source>
            <translation>%1 é obrigatório</translation>
        </message>
        <message>
            <source>%1 has an unexpected format</source>
            <translation>%1 tem um formato inesperado</translation>
        </message>
        <message>
            <source>%1: *</source>
            <translation>%1: *</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::MainWizard</name>
        <message>
            <source>Demo sandbox</source>
            <translation>Sandbox de demonstração</translation>
        </message>
        <message>
            <source>The demo sandbox could not start: %1</source>
            <translation>Não foi possível iniciar a sandbox de demonstração: %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Novo</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;recente</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Salvar &amp;como…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Sai&amp;r</translation>
        </message>
        <message>
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Nenhum arquivo recente</translation>
        </message>
        <message>
            <source>&amp;Clear list</source>
            <translation>&amp;Limpar lista</translation>
        </message>
        <message>
            <source>%1[*] — Dataflow wizard</source>
            <translation>%1[*] — Assistente de fluxo de dados</translation>
        </message>
        <message>
            <source>(demo sandbox)</source>
            <translation>(sandbox de demonstração)</translation>
        </message>
        <message>
            <source>an untitled session</source>
            <translation>uma sessão sem título</translation>
        </message>
        <message>
            <source>Recover unsaved work</source>
            <translation>Recuperar trabalho não salvo</translation>
        </message>
        <message>
            <source>The wizard did not close properly last time. Unsaved changes to %1 were kept. Restore them?</source>
            <translation>O assistente não foi fechado corretamente da última vez. As alterações não salvas em %1 foram guardadas. Restaurá-las?</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::MappingPage</name>
        <message>
            <source>Platform: %1</source>
            <translation>Platform: %1</translation>
        </message>
        <message>
            <source>Mapping</source>
            <translation>Mapeamento</translation>
        </message>
        <message>
            <source>Choose where each source column goes in the target schema.</source>
            <translation>Escolha para onde cada coluna de origem vai no esquema de destino.</translation>
        </message>
        <message>
            <source>Mapping rows</source>
            <translation>Linhas de mapeamento</translation>
        </message>
        <message>
            <source>Preview rows</source>
            <translation>Linhas de prévia</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>Todas as linhas</translation>
        </message>
        <message>
            <source>Rows with errors</source>
            <translation>Linhas com erros</translation>
        </message>
        <message>
            <source>Unmapped rows</source>
            <translation>Linhas não mapeadas</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Sugestões</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Column or field</source>
            <translation>Coluna ou campo</translation>
        </message>
        <message>
            <source>Filter rows</source>
            <translation>Filtrar linhas</translation>
        </message>
        <message>
            <source>Mapping counters</source>
            <translation>Contadores do mapeamento</translation>
        </message>
        <message>
            <source>Add an empty mapping row</source>
            <translation>Adicionar uma linha de mapeamento vazia</translation>
        </message>
        <message>
            <source>Remove the selected rows (Delete)</source>
            <translation>Remover as linhas selecionadas (Delete)</translation>
        </message>
        <message>
            <source>Suggest destinations by name and type; every suggestion can be rejected or undone</source>
            <translation>Sugerir destinos por nome e tipo; cada sugestão pode ser rejeitada ou desfeita</translation>
        </message>
        <message>
            <source>Remove the selected suggested rows</source>
            <translation>Remover as linhas sugeridas selecionadas</translation>
        </message>
        <message>
            <source>Ask the Platform to check the mapping (POST /mappingSets/validate)</source>
            <translation>Pedir ao Platform que verifique o mapeamento (POST /mappingSets/validate)</translation>
        </message>
        <message>
            <source>Transform up to 10 sample rows with this mapping on the Platform</source>
            <translation>Transformar até 10 linhas de exemplo com este mapeamento no Platform</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <source>R&amp;edo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Z</source>
            <translation>Ctrl+Shift+Z</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Desfazer (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Undo %1 (Ctrl+Z)</source>
            <translation>Desfazer %1 (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Refazer (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>Redo %1 (Ctrl+Shift+Z)</source>
            <translation>Refazer %1 (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>Remove rows</source>
            <translation>Remover linhas</translation>
        </message>
        <message>
            <source>Auto-map found nothing more to suggest: every column is mapped or has no compatible field.</source>
            <translation>O mapeamento automático não achou mais nada a sugerir: toda coluna está mapeada ou não tem campo compatível.</translation>
        </message>
        <message>
            <source>The target schema is not loaded: destinations cannot be checked. Go back to the schema page.</source>
            <translation>O esquema de destino não está carregado: os destinos não podem ser verificados. Volte à página do esquema.</translation>
        </message>
        <message numerus="yes">
            <source>Auto-map suggested %n destination(s). They are highlighted; hover for the reason, Reject suggestion removes one, Undo removes them all.</source>
            <translation>
                <numerusform>O mapeamento automático sugeriu %n destino. Ele está destacado; passe o mouse para ver o motivo; Rejeitar sugestão o remove, Desfazer remove todos.</numerusform>
                <numerusform>O mapeamento automático sugeriu %n destinos. Eles estão destacados; passe o mouse para ver o motivo; Rejeitar sugestão remove um, Desfazer remove todos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reject %n suggestion(s)</source>
            <translation>
                <numerusform>Rejeitar %n sugestão</numerusform>
                <numerusform>Rejeitar %n sugestões</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Não foi possível ler %1: %2</translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>Importar %1</translation>
        </message>
        <message>
            <source>Import mapping</source>
            <translation>Importar mapeamento</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n row(s) from %1.</source>
            <translation>
                <numerusform>%n linha importada de %1.</numerusform>
                <numerusform>%n linhas importadas de %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The mapping was not imported: %1</source>
            <translation>O mapeamento não foi importado: %1</translation>
        </message>
        <message>
            <source>Check the file: a header with source and destination columns, one mapping per line.</source>
            <translation>Confira o arquivo: um cabeçalho com colunas de origem e destino, um mapeamento por linha.</translation>
        </message>
        <message>
            <source>Export mapping</source>
            <translation>Exportar mapeamento</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Arquivos CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n row(s) to %1.</source>
            <translation>
                <numerusform>%n linha exportada para %1.</numerusform>
                <numerusform>%n linhas exportadas para %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The mapping was not exported: %1</source>
            <translation>O mapeamento não foi exportado: %1</translation>
        </message>
        <message>
            <source>Checking the mapping on the Platform…</source>
            <translation>Verificando o mapeamento no Platform…</translation>
        </message>
        <message>
            <source>The mapping changed during the check; validate again.</source>
            <translation>O mapeamento mudou durante a verificação; valide de novo.</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejeitado</translation>
        </message>
        <message numerus="yes">
            <source>The Platform accepted all %n mapping(s).</source>
            <translation>
                <numerusform>O Platform aceitou o mapeamento.</numerusform>
                <numerusform>O Platform aceitou todos os %n mapeamentos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Row %1 (%2): %3</source>
            <translation>Linha %1 (%2): %3</translation>
        </message>
        <message numerus="yes">
            <source>The Platform rejected %n mapping(s):</source>
            <translation>
                <numerusform>O Platform rejeitou %n mapeamento:</numerusform>
                <numerusform>O Platform rejeitou %n mapeamentos:</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no sample rows to preview. The source page loads them with the table.</source>
            <translation>Não há linhas de exemplo para a prévia. A página da origem as carrega com a tabela.</translation>
        </message>
        <message numerus="yes">
            <source>Previewing %n row(s)…</source>
            <translation>
                <numerusform>Gerando prévia de %n linha…</numerusform>
                <numerusform>Gerando prévia de %n linhas…</numerusform>
            </translation>
        </message>
        <message>
            <source>(errors)</source>
            <translation>(erros)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) transformed without errors.</source>
            <translation>
                <numerusform>%n linha transformada sem erros.</numerusform>
                <numerusform>%n linhas transformadas sem erros.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n row(s) had errors.</source>
            <translation>
                <numerusform>%1 de %n linha teve erros.</numerusform>
                <numerusform>%1 de %n linhas tiveram erros.</numerusform>
            </translation>
        </message>
        <message>
            <source>The mapping changed since the last server check.</source>
            <translation>O mapeamento mudou desde a última verificação no servidor.</translation>
        </message>
        <message>
            <source>%1 mapped · %2 columns unmapped · %3 errors</source>
            <translation>%1 mapeadas · %2 colunas não mapeadas · %3 erros</translation>
        </message>
        <message>
            <source>Unmapped columns: %1</source>
            <translation>Colunas não mapeadas: %1</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Coluna</translation>
        </message>
        <message>
            <source>Expression</source>
            <translation>Expressão</translation>
        </message>
        <message>
            <source>Fixed value</source>
            <translation>Valor fixo</translation>
        </message>
        <message numerus="yes">
            <source>Suggesting destinations for %n column(s)…</source>
            <translation>
                <numerusform>Sugerindo destinos para %n coluna…</numerusform>
                <numerusform>Sugerindo destinos para %n colunas…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::MonitorPage</name>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>Sucesso</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Falhou</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Executando</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Agendado</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconhecido</translation>
        </message>
        <message>
            <source>Monitor</source>
            <translation>Monitorar</translation>
        </message>
        <message>
            <source>The dataflow's runs. The list refreshes by itself while this page is open.</source>
            <translation>As execuções do fluxo de dados. A lista se atualiza sozinha enquanto esta página estiver aberta.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duração</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Lidos</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Gravados</translation>
        </message>
        <message>
            <source>Run id</source>
            <translation>ID da execução</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Execuções</translation>
        </message>
        <message>
            <source>Open in Platform</source>
            <translation>Abrir no Platform</translation>
        </message>
        <message>
            <source>No dataflow was created in this session yet.</source>
            <translation>Nenhum fluxo de dados foi criado nesta sessão ainda.</translation>
        </message>
        <message>
            <source>Dataflow &lt;b&gt;%1&lt;/b&gt; (id %2)</source>
            <translation>Fluxo de dados &lt;b&gt;%1&lt;/b&gt; (ID %2)</translation>
        </message>
        <message>
            <source>The runs could not be loaded.</source>
            <translation>Não foi possível carregar as execuções.</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Atualizando…</translation>
        </message>
        <message>
            <source>Loading the runs…</source>
            <translation>Carregando as execuções…</translation>
        </message>
        <message>
            <source>No runs yet. The first run starts at the scheduled start time.</source>
            <translation>Ainda não há execuções. A primeira começa no horário agendado.</translation>
        </message>
        <message numerus="yes">
            <source>%n run(s)</source>
            <translation>
                <numerusform>%n execução</numerusform>
                <numerusform>%n execuções</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n failed</source>
            <translation>
                <numerusform>, %n falhou</numerusform>
                <numerusform>, %n falharam</numerusform>
            </translation>
        </message>
        <message>
            <source> — updated %1</source>
            <translation> — atualizado %1</translation>
        </message>
        <message>
            <source>Re-triggering the run…</source>
            <translation>Disparando a execução de novo…</translation>
        </message>
        <message>
            <source>Run %1 was re-triggered.</source>
            <translation>A execução %1 foi disparada de novo.</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::PipelineDiagram</name>
        <message>
            <source>Pipeline diagram</source>
            <translation>Diagrama do fluxo</translation>
        </message>
        <message>
            <source>[new]</source>
            <translation>[novo]</translation>
        </message>
        <message>
            <source>Nothing to draw yet</source>
            <translation>Nada para desenhar ainda</translation>
        </message>
        <message>
            <source>new</source>
            <translation>novo</translation>
        </message>
        <message>
            <source>%1 · new</source>
            <translation>%1 · novo</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::RemoveMappingRowsCommand</name>
        <message numerus="yes">
            <source>Remove %n mapping row(s)</source>
            <translation>
                <numerusform>Remover %n linha de mapeamento</numerusform>
                <numerusform>Remover %n linhas de mapeamento</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::ReplaceAllRowsCommand</name>
        <message>
            <source>Replace all mapping rows</source>
            <translation>Substituir todas as linhas de mapeamento</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::ReviewPage</name>
        <message>
            <source>Salesforce Service Cloud</source>
            <translation>Salesforce Service Cloud</translation>
        </message>
        <message>
            <source>ServiceNow</source>
            <translation>ServiceNow</translation>
        </message>
        <message>
            <source>(no source chosen)</source>
            <translation>(nenhuma origem escolhida)</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revisão</translation>
        </message>
        <message>
            <source>This is what will be created on the Platform.</source>
            <translation>Isto é o que será criado no Platform.</translation>
        </message>
        <message>
            <source>&amp;Create &gt;</source>
            <translation>&amp;Criar &gt;</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plano</translation>
        </message>
        <message>
            <source>Copy the requests as curl commands (secrets are replaced by variables)</source>
            <translation>Copiar as requisições como comandos curl (segredos substituídos por variáveis)</translation>
        </message>
        <message>
            <source>Save the plan as a shell script or as JSON</source>
            <translation>Salvar o plano como script de shell ou JSON</translation>
        </message>
        <message>
            <source>now</source>
            <translation>agora</translation>
        </message>
        <message>
            <source>once, at %1</source>
            <translation>uma vez, em %1</translation>
        </message>
        <message numerus="yes">
            <source>every %n minute(s)</source>
            <translation>
                <numerusform>a cada %n minuto</numerusform>
                <numerusform>a cada %n minutos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n hour(s)</source>
            <translation>
                <numerusform>a cada %n hora</numerusform>
                <numerusform>a cada %n horas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>a cada %n dia</numerusform>
                <numerusform>a cada %n dias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n week(s)</source>
            <translation>
                <numerusform>a cada %n semana</numerusform>
                <numerusform>a cada %n semanas</numerusform>
            </translation>
        </message>
        <message>
            <source>on an unknown schedule (%1)</source>
            <translation>em um agendamento desconhecido (%1)</translation>
        </message>
        <message>
            <source>%1, starting %2, %3</source>
            <translation>%1, a partir de %2, %3</translation>
        </message>
        <message>
            <source>with backfill of older records</source>
            <translation>com carga retroativa dos registros antigos</translation>
        </message>
        <message>
            <source>without backfill</source>
            <translation>sem carga retroativa</translation>
        </message>
        <message>
            <source>Source table</source>
            <translation>Tabela de origem</translation>
        </message>
        <message numerus="yes">
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n coluna</numerusform>
                <numerusform>%n colunas</numerusform>
            </translation>
        </message>
        <message>
            <source>Mapping</source>
            <translation>Mapeamento</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n linha</numerusform>
                <numerusform>%n linhas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 columns, %2 calculated</source>
            <translation>%1 colunas, %2 calculadas</translation>
        </message>
        <message>
            <source>Schema</source>
            <translation>Esquema</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s)</source>
            <translation>
                <numerusform>%n campo</numerusform>
                <numerusform>%n campos</numerusform>
            </translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Conjunto de dados</translation>
        </message>
        <message>
            <source>data lake, parquet_xdm</source>
            <translation>data lake, parquet_xdm</translation>
        </message>
        <message>
            <source>What will happen</source>
            <translation>O que vai acontecer</translation>
        </message>
        <message>
            <source>the existing account &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>a conta existente &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>a new account &lt;b&gt;%1&lt;/b&gt; (%2)</source>
            <translation>uma conta nova &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
        </message>
        <message>
            <source>Connect to %1 with %2.</source>
            <translation>Conectar a %1 com %2.</translation>
        </message>
        <message numerus="yes">
            <source>Read the table &lt;b&gt;%1&lt;/b&gt;: %n column(s).</source>
            <translation>
                <numerusform>Ler a tabela &lt;b&gt;%1&lt;/b&gt;: %n coluna.</numerusform>
                <numerusform>Ler a tabela &lt;b&gt;%1&lt;/b&gt;: %n colunas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Write to the existing schema &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Gravar no esquema existente &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message numerus="yes">
            <source>Create the schema &lt;b&gt;%1&lt;/b&gt; with %n field group(s).</source>
            <translation>
                <numerusform>Criar o esquema &lt;b&gt;%1&lt;/b&gt; com %n grupo de campos.</numerusform>
                <numerusform>Criar o esquema &lt;b&gt;%1&lt;/b&gt; com %n grupos de campos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Store the records in the existing dataset &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Guardar os registros no conjunto de dados existente &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Create the dataset &lt;b&gt;%1&lt;/b&gt; for them.</source>
            <translation>Criar o conjunto de dados &lt;b&gt;%1&lt;/b&gt; para eles.</translation>
        </message>
        <message>
            <source>Create a source connection for the table and a target connection to the data lake (parquet_xdm).</source>
            <translation>Criar uma conexão de origem para a tabela e uma conexão de destino para o data lake (parquet_xdm).</translation>
        </message>
        <message numerus="yes">
            <source>Create a mapping set of %n row(s): </source>
            <translation>
                <numerusform>Criar um conjunto de mapeamento de %n linha: </numerusform>
                <numerusform>Criar um conjunto de mapeamento de %n linhas: </numerusform>
            </translation>
        </message>
        <message>
            <source>%1 columns, %2 expressions, %3 fixed values.</source>
            <translation>%1 colunas, %2 expressões, %3 valores fixos.</translation>
        </message>
        <message>
            <source>Create the dataflow &lt;b&gt;%1&lt;/b&gt;, reading records changed according to &lt;b&gt;%2&lt;/b&gt;, %3.</source>
            <translation>Criar o fluxo de dados &lt;b&gt;%1&lt;/b&gt;, lendo os registros alterados segundo &lt;b&gt;%2&lt;/b&gt;, %3.</translation>
        </message>
        <message>
            <source>Error diagnostics on</source>
            <translation>Diagnóstico de erros ligado</translation>
        </message>
        <message>
            <source>Error diagnostics off</source>
            <translation>Diagnóstico de erros desligado</translation>
        </message>
        <message>
            <source>a run may reject up to %1% of records before it fails</source>
            <translation>uma execução pode rejeitar até %1% dos registros antes de falhar</translation>
        </message>
        <message>
            <source>a run fails on the first rejected record</source>
            <translation>uma execução falha no primeiro registro rejeitado</translation>
        </message>
        <message>
            <source>Requests (%1)</source>
            <translation>Requisições (%1)</translation>
        </message>
        <message>
            <source>Problems to fix first</source>
            <translation>Problemas a corrigir antes</translation>
        </message>
        <message>
            <source>The requests the wizard sends to create this dataflow, in order.
Set AEP_ACCESS_TOKEN and AEP_API_KEY first. Values written ${NAME} come from earlier answers:</source>
            <translation>As requisições que o assistente envia para criar este fluxo de dados, em ordem.
Defina AEP_ACCESS_TOKEN e AEP_API_KEY antes. Valores escritos ${NAME} vêm de respostas anteriores:</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) copied as curl commands.</source>
            <translation>
                <numerusform>%n requisição copiada como comando curl.</numerusform>
                <numerusform>%n requisições copiadas como comandos curl.</numerusform>
            </translation>
        </message>
        <message>
            <source>Shell script (*.sh)</source>
            <translation>Script de shell (*.sh)</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>Export plan</source>
            <translation>Exportar plano</translation>
        </message>
        <message>
            <source>Plan saved to %1.</source>
            <translation>Plano salvo em %1.</translation>
        </message>
        <message>
            <source>The plan was not saved: %1</source>
            <translation>O plano não foi salvo: %1</translation>
        </message>
        <message numerus="yes">
            <source>The session has %n problem(s) to fix before anything can be created; they are listed below.</source>
            <translation>
                <numerusform>A sessão tem %n problema a corrigir antes de criar qualquer coisa; ele está listado abaixo.</numerusform>
                <numerusform>A sessão tem %n problemas a corrigir antes de criar qualquer coisa; eles estão listados abaixo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::SchemaPage</name>
        <message>
            <source>Cancelled. Choose the schema again to retry.</source>
            <translation>Cancelado. Escolha o esquema de novo para tentar outra vez.</translation>
        </message>
        <message>
            <source>%1 records</source>
            <translation>Registros de %1</translation>
        </message>
        <message>
            <source>Reading the organization's tenant…</source>
            <translation>Lendo o tenant da organização…</translation>
        </message>
        <message>
            <source>Listing your schemas…</source>
            <translation>Listando seus esquemas…</translation>
        </message>
        <message>
            <source>%1
Version %2</source>
            <translation>%1
Versão %2</translation>
        </message>
        <message>
            <source>This sandbox has no schema of its own yet: create one.</source>
            <translation>Esta sandbox ainda não tem esquema próprio: crie um.</translation>
        </message>
        <message>
            <source>The schema saved in this session no longer exists. Choose another one.</source>
            <translation>O esquema salvo nesta sessão não existe mais. Escolha outro.</translation>
        </message>
        <message>
            <source>Reading the schema's fields…</source>
            <translation>Lendo os campos do esquema…</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) to map to</source>
            <translation>
                <numerusform>%n campo para mapear</numerusform>
                <numerusform>%n campos para mapear</numerusform>
            </translation>
        </message>
        <message>
            <source>Listing the XDM classes…</source>
            <translation>Listando as classes XDM…</translation>
        </message>
        <message>
            <source>Listing the field groups of the class…</source>
            <translation>Listando os grupos de campos da classe…</translation>
        </message>
        <message>
            <source>Reading the fields of the field groups…</source>
            <translation>Lendo os campos dos grupos de campos…</translation>
        </message>
        <message>
            <source>Listing your datasets…</source>
            <translation>Listando seus conjuntos de dados…</translation>
        </message>
        <message>
            <source>%1 dataset</source>
            <translation>Conjunto de dados %1</translation>
        </message>
        <message>
            <source>Records go into the existing dataset; nothing is created.</source>
            <translation>Os registros vão para o conjunto de dados existente; nada é criado.</translation>
        </message>
        <message>
            <source>No dataset uses this schema yet: a new one will be created.</source>
            <translation>Nenhum conjunto de dados usa este esquema ainda: um novo será criado.</translation>
        </message>
        <message>
            <source>The dataset is created with the dataflow, on the Create page.</source>
            <translation>O conjunto de dados é criado junto com o fluxo, na página Criar.</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::SessionController</name>
        <message>
            <source>Untitled</source>
            <translation>Sem título</translation>
        </message>
        <message>
            <source>Dataflow wizard</source>
            <translation>Assistente de fluxo de dados</translation>
        </message>
        <message>
            <source>Could not open %1:
%2</source>
            <translation>Não foi possível abrir %1:
%2</translation>
        </message>
        <message>
            <source>Open session</source>
            <translation>Abrir sessão</translation>
        </message>
        <message>
            <source>Dataflow sessions (%1);;All files (*)</source>
            <translation>Sessões de fluxo de dados (%1);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Could not save %1:
%2</source>
            <translation>Não foi possível salvar %1:
%2</translation>
        </message>
        <message>
            <source>dataflow</source>
            <translation>fluxo</translation>
        </message>
        <message>
            <source>Save session as</source>
            <translation>Salvar sessão como</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Alterações não salvas</translation>
        </message>
        <message>
            <source>The session "%1" has unsaved changes. Save them?</source>
            <translation>A sessão "%1" tem alterações não salvas. Salvá-las?</translation>
        </message>
        <message>
            <source>The recovered draft could not be read:
%1</source>
            <translation>Não foi possível ler o rascunho recuperado:
%1</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::SetMappingRowCommand</name>
        <message>
            <source>Edit mapping row %1</source>
            <translation>Editar a linha de mapeamento %1</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::SourceColumnDelegate</name>
        <message>
            <source>Expression</source>
            <translation>Expressão</translation>
        </message>
        <message>
            <source>Fixed value</source>
            <translation>Valor fixo</translation>
        </message>
        <message>
            <source>e.g. concat(FirstName, " ", LastName)</source>
            <translation>ex.: concat(FirstName, " ", LastName)</translation>
        </message>
        <message>
            <source>The value written in every record</source>
            <translation>O valor gravado em todos os registros</translation>
        </message>
        <message>
            <source>Source column</source>
            <translation>Coluna de origem</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::SourcePage</name>
        <message>
            <source>Salesforce Service Cloud</source>
            <translation>Salesforce Service Cloud</translation>
        </message>
        <message>
            <source>ServiceNow</source>
            <translation>ServiceNow</translation>
        </message>
        <message>
            <source>Cancelled. Choose the account or table again to retry.</source>
            <translation>Cancelado. Escolha a conta ou a tabela de novo para tentar outra vez.</translation>
        </message>
        <message>
            <source>Reading the available sources…</source>
            <translation>Lendo as origens disponíveis…</translation>
        </message>
        <message>
            <source>%1 account</source>
            <translation>Conta %1</translation>
        </message>
        <message>
            <source>Reading your accounts…</source>
            <translation>Lendo suas contas…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The account saved in this session no longer exists. Choose another one or create a new account.</source>
            <translation>A conta salva nesta sessão não existe mais. Escolha outra ou crie uma conta nova.</translation>
        </message>
        <message>
            <source>Account name is required</source>
            <translation>O nome da conta é obrigatório</translation>
        </message>
        <message>
            <source>The account cannot be created yet: %1.</source>
            <translation>A conta ainda não pode ser criada: %1.</translation>
        </message>
        <message>
            <source>Fill in the fields marked with *.</source>
            <translation>Preencha os campos marcados com *.</translation>
        </message>
        <message>
            <source>Creating the account…</source>
            <translation>Criando a conta…</translation>
        </message>
        <message>
            <source>The Platform created the account but did not say its id.</source>
            <translation>O Platform criou a conta, mas não informou o ID.</translation>
        </message>
        <message>
            <source>Choose it from the existing accounts.</source>
            <translation>Escolha-a entre as contas existentes.</translation>
        </message>
        <message>
            <source>The account "%1" was created. Its secrets were sent to Platform and are not kept in the session file.</source>
            <translation>A conta "%1" foi criada. Os segredos foram enviados ao Platform e não ficam no arquivo da sessão.</translation>
        </message>
        <message>
            <source>Listing the tables…</source>
            <translation>Listando as tabelas…</translation>
        </message>
        <message>
            <source>The table "%1" saved in this session is not offered by the account any more. Choose another table.</source>
            <translation>A tabela "%1" salva nesta sessão não é mais oferecida pela conta. Escolha outra tabela.</translation>
        </message>
        <message>
            <source>Reading the columns and sample rows of %1…</source>
            <translation>Lendo as colunas e linhas de exemplo de %1…</translation>
        </message>
        <message>
            <source>Date-time: can serve as the delta column of incremental loads.</source>
            <translation>Data e hora: pode servir de coluna delta para cargas incrementais.</translation>
        </message>
        <message>
            <source>The source returned no sample rows for this table.</source>
            <translation>A origem não devolveu linhas de exemplo para esta tabela.</translation>
        </message>
        <message numerus="yes">
            <source>Showing the first %n row(s) the source returned.</source>
            <translation>
                <numerusform>Mostrando a primeira linha devolvida pela origem.</numerusform>
                <numerusform>Mostrando as primeiras %n linhas devolvidas pela origem.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n column(s) selected</source>
            <translation>
                <numerusform>%1 de %n coluna selecionada</numerusform>
                <numerusform>%1 de %n colunas selecionadas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::SourceTypeDelegate</name>
        <message>
            <source>Source type</source>
            <translation>Tipo na origem</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Coluna</translation>
        </message>
        <message>
            <source>Expression</source>
            <translation>Expressão</translation>
        </message>
        <message>
            <source>Fixed value</source>
            <translation>Valor fixo</translation>
        </message>
        <message>
            <source>The value of a source column</source>
            <translation>O valor de uma coluna de origem</translation>
        </message>
        <message>
            <source>A Data Prep expression, e.g. concat(FirstName, " ", LastName)</source>
            <translation>Uma expressão do Data Prep, ex.: concat(FirstName, " ", LastName)</translation>
        </message>
        <message>
            <source>The same literal value in every record</source>
            <translation>O mesmo valor literal em todos os registros</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::TargetPage</name>
        <message>
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Data format</source>
            <translation>Formato dos dados</translation>
        </message>
        <message>
            <source>Schema</source>
            <translation>Esquema</translation>
        </message>
        <message>
            <source>Schema id</source>
            <translation>ID do esquema</translation>
        </message>
        <message>
            <source>Schema version</source>
            <translation>Versão do esquema</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Conjunto de dados</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origem</translation>
        </message>
        <message>
            <source>Platform data lake (connection spec %1)</source>
            <translation>Data lake do Platform (especificação de conexão %1)</translation>
        </message>
        <message>
            <source>%1 (new, created on the Create page)</source>
            <translation>%1 (novo, criado na página Criar)</translation>
        </message>
        <message>
            <source>assigned by Platform when the schema is created</source>
            <translation>atribuído pelo Platform quando o esquema for criado</translation>
        </message>
        <message>
            <source>%1 (schema version %2)</source>
            <translation>%1 (versão do esquema %2)</translation>
        </message>
        <message>
            <source>%1 (existing, id %2)</source>
            <translation>%1 (existente, ID %2)</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n column(s)</source>
            <translation>
                <numerusform>%1, %n coluna</numerusform>
                <numerusform>%1, %n colunas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1  →  mapping  →  %2  →  %3 (data lake, parquet_xdm)</source>
            <translation>%1  →  mapeamento  →  %2  →  %3 (data lake, parquet_xdm)</translation>
        </message>
        <message>
            <source>The dataset, the target connection and the mapping all use the same schema $id and version, as the Platform requires (otherwise the dataflow is refused with FLOW-1425-400).</source>
            <translation>O conjunto de dados, a conexão de destino e o mapeamento usam o mesmo $id e versão de esquema, como o Platform exige (senão o fluxo é recusado com FLOW-1425-400).</translation>
        </message>
    </context>
    <context>
        <name>Dataflow::Gui::WizardPageBase</name>
        <message>
            <source>No connection to the Platform is set up.</source>
            <translation>Nenhuma conexão com o Platform foi configurada.</translation>
        </message>
        <message>
            <source>Go back to the first page and test the connection.</source>
            <translation>Volte à primeira página e teste a conexão.</translation>
        </message>
    </context>
    <context>
        <name>DataflowPage</name>
        <message>
            <source>Name the dataflow, choose the column that tells which records changed, and when it runs. Every value is checked against the Platform's flow specification as you type.</source>
            <translation>Dê um nome ao fluxo de dados, escolha a coluna que indica quais registros mudaram e quando ele roda. Cada valor é verificado com a especificação de fluxo do Platform enquanto você digita.</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>No&amp;me:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Descrição:</translation>
        </message>
        <message>
            <source>De&amp;lta column:</source>
            <translation>Co&amp;luna delta:</translation>
        </message>
        <message>
            <source>&amp;Frequency:</source>
            <translation>&amp;Frequência:</translation>
        </message>
        <message>
            <source>&amp;Interval:</source>
            <translation>&amp;Intervalo:</translation>
        </message>
        <message>
            <source>S&amp;tart (UTC):</source>
            <translation>Iní&amp;cio (UTC):</translation>
        </message>
        <message>
            <source>Bac&amp;kfill: also read the records changed before the start</source>
            <translation>Carga &amp;retroativa: ler também os registros alterados antes do início</translation>
        </message>
        <message>
            <source>Error dia&amp;gnostics: keep samples of rejected records</source>
            <translation>Dia&amp;gnóstico de erros: guardar amostras dos registros rejeitados</translation>
        </message>
        <message>
            <source>&amp;Partial ingestion threshold:</source>
            <translation>Limite de ingestão &amp;parcial:</translation>
        </message>
    </context>
    <context>
        <name>Engine</name>
        <message>
            <source>Access token</source>
            <translation>Token de acesso</translation>
        </message>
        <message>
            <source>Tenant id</source>
            <translation>ID do tenant</translation>
        </message>
        <message>
            <source>Flow spec CRMToAEP</source>
            <translation>Especificação de fluxo CRMToAEP</translation>
        </message>
        <message>
            <source>Source connection spec</source>
            <translation>Especificação de conexão da origem</translation>
        </message>
        <message>
            <source>Base connection (account)</source>
            <translation>Conexão base (conta)</translation>
        </message>
        <message>
            <source>Source table columns</source>
            <translation>Colunas da tabela de origem</translation>
        </message>
        <message>
            <source>Target XDM schema</source>
            <translation>Esquema XDM de destino</translation>
        </message>
        <message>
            <source>Target dataset</source>
            <translation>Conjunto de dados de destino</translation>
        </message>
        <message>
            <source>Source connection</source>
            <translation>Conexão de origem</translation>
        </message>
        <message>
            <source>Target connection (data lake)</source>
            <translation>Conexão de destino (data lake)</translation>
        </message>
        <message>
            <source>Mapping set</source>
            <translation>Conjunto de mapeamento</translation>
        </message>
        <message>
            <source>Dataflow</source>
            <translation>Fluxo de dados</translation>
        </message>
        <message>
            <source>Check for duplicates</source>
            <translation>Verificar duplicatas</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>$.format: must be "%1"</source>
            <translation>$.format: deve ser "%1"</translation>
        </message>
        <message>
            <source>$.formatVersion: version %1 is not supported</source>
            <translation>$.formatVersion: a versão %1 não é suportada</translation>
        </message>
        <message>
            <source>$.runId: must be 8 hexadecimal digits</source>
            <translation>$.runId: deve ter 8 dígitos hexadecimais</translation>
        </message>
        <message>
            <source>$.steps: expected an object</source>
            <translation>$.steps: esperava-se um objeto</translation>
        </message>
        <message>
            <source>%1: expected an object</source>
            <translation>%1: esperava-se um objeto</translation>
        </message>
        <message>
            <source>%1.state: unknown state "%2"</source>
            <translation>%1.state: estado desconhecido "%2"</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Não foi possível abrir %1: %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Map each source column to a field of the target schema. Auto-map suggests destinations; every suggestion is highlighted and can be rejected or undone.</source>
            <translation>Mapeie cada coluna de origem para um campo do esquema de destino. O mapeamento automático sugere destinos; cada sugestão fica destacada e pode ser rejeitada ou desfeita.</translation>
        </message>
        <message>
            <source>&amp;Add row</source>
            <translation>&amp;Adicionar linha</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remover</translation>
        </message>
        <message>
            <source>Auto-&amp;map</source>
            <translation>&amp;Mapear automaticamente</translation>
        </message>
        <message>
            <source>Re&amp;ject suggestion</source>
            <translation>Re&amp;jeitar sugestão</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <source>R&amp;edo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Importar CSV…</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xportar CSV…</translation>
        </message>
        <message>
            <source>&amp;Validate on server</source>
            <translation>&amp;Validar no servidor</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Prévia</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>Mo&amp;strar:</translation>
        </message>
        <message>
            <source>Fi&amp;lter:</source>
            <translation>Fi&amp;ltro:</translation>
        </message>
        <message>
            <source>Preview of mapped rows</source>
            <translation>Prévia das linhas mapeadas</translation>
        </message>
        <message>
            <source>Press Preview to see up to 10 sample rows as the Platform will write them.</source>
            <translation>Clique em Prévia para ver até 10 linhas de exemplo como o Platform vai gravá-las.</translation>
        </message>
    </context>
    <context>
        <name>MonitorPage</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Atualizar</translation>
        </message>
        <message>
            <source>&amp;Auto-refresh every 15 s</source>
            <translation>Atualizar &amp;automaticamente a cada 15 s</translation>
        </message>
        <message>
            <source>Re-&amp;trigger failed run</source>
            <translation>Dispara&amp;r de novo a execução com falha</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Check the plan. Nothing is created until you press Next.</source>
            <translation>Confira o plano. Nada é criado até você clicar em Próximo.</translation>
        </message>
        <message>
            <source>Cop&amp;y as curl</source>
            <translation>Cop&amp;iar como curl</translation>
        </message>
        <message>
            <source>E&amp;xport plan…</source>
            <translation>E&amp;xportar plano…</translation>
        </message>
    </context>
    <context>
        <name>SchemaPage</name>
        <message>
            <source>Target schema and dataset</source>
            <translation>Esquema e conjunto de dados de destino</translation>
        </message>
        <message>
            <source>Choose the XDM schema the records take in Platform and the dataset that stores them.</source>
            <translation>Escolha o esquema XDM que os registros terão no Platform e o conjunto de dados que os guarda.</translation>
        </message>
        <message>
            <source>Schema</source>
            <translation>Esquema</translation>
        </message>
        <message>
            <source>Use an existing &amp;schema</source>
            <translation>Usar um &amp;esquema existente</translation>
        </message>
        <message>
            <source>Create a ne&amp;w schema</source>
            <translation>Criar um esquema no&amp;vo</translation>
        </message>
        <message>
            <source>Search schemas</source>
            <translation>Buscar esquemas</translation>
        </message>
        <message>
            <source>Schemas</source>
            <translation>Esquemas</translation>
        </message>
        <message>
            <source>&amp;Title: *</source>
            <translation>&amp;Título: *</translation>
        </message>
        <message>
            <source>Schema title</source>
            <translation>Título do esquema</translation>
        </message>
        <message>
            <source>Descr&amp;iption:</source>
            <translation>Descr&amp;ição:</translation>
        </message>
        <message>
            <source>Schema description</source>
            <translation>Descrição do esquema</translation>
        </message>
        <message>
            <source>&amp;Class:</source>
            <translation>&amp;Classe:</translation>
        </message>
        <message>
            <source>XDM class</source>
            <translation>Classe XDM</translation>
        </message>
        <message>
            <source>Search field groups</source>
            <translation>Buscar grupos de campos</translation>
        </message>
        <message>
            <source>Field groups</source>
            <translation>Grupos de campos</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Campos</translation>
        </message>
        <message>
            <source>Schema fields</source>
            <translation>Campos do esquema</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Conjunto de dados</translation>
        </message>
        <message>
            <source>Use an existing &amp;dataset:</source>
            <translation>Usar um conjunto de &amp;dados existente:</translation>
        </message>
        <message>
            <source>Existing dataset</source>
            <translation>Conjunto de dados existente</translation>
        </message>
        <message>
            <source>New dataset name</source>
            <translation>Nome do conjunto de dados novo</translation>
        </message>
        <message>
            <source>Description (optional)</source>
            <translation>Descrição (opcional)</translation>
        </message>
        <message>
            <source>New dataset description</source>
            <translation>Descrição do conjunto de dados novo</translation>
        </message>
        <message>
            <source>Field &amp;groups:</source>
            <translation>&amp;Grupos de campos:</translation>
        </message>
        <message>
            <source>Create a new dataset na&amp;med:</source>
            <translation>Criar um conjunto de dados novo cha&amp;mado:</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>expected a string</source>
            <translation>esperava-se um texto</translation>
        </message>
        <message>
            <source>expected an object</source>
            <translation>esperava-se um objeto</translation>
        </message>
        <message>
            <source>expected an array</source>
            <translation>esperava-se uma lista</translation>
        </message>
        <message>
            <source>must be "%1"</source>
            <translation>deve ser "%1"</translation>
        </message>
        <message>
            <source>version %1 is not supported (this program reads version %2); update the program</source>
            <translation>a versão %1 não é suportada (este programa lê a versão %2); atualize o programa</translation>
        </message>
        <message>
            <source>must be the number %1</source>
            <translation>deve ser o número %1</translation>
        </message>
        <message>
            <source>expected a column name or a column object with a "name"</source>
            <translation>esperava-se um nome de coluna ou um objeto de coluna com "name"</translation>
        </message>
        <message>
            <source>must be ATTRIBUTE, EXPRESSION or STATIC</source>
            <translation>deve ser ATTRIBUTE, EXPRESSION ou STATIC</translation>
        </message>
        <message>
            <source>must be an https URL (http only for this computer)</source>
            <translation>deve ser uma URL https (http só para este computador)</translation>
        </message>
        <message>
            <source>must be an organisation id ending in @AdobeOrg</source>
            <translation>deve ser um ID de organização terminado em @AdobeOrg</translation>
        </message>
        <message>
            <source>must be the sandbox name in lower case, e.g. prod</source>
            <translation>deve ser o nome da sandbox em minúsculas, ex.: prod</translation>
        </message>
        <message>
            <source>is required (the credential's client id)</source>
            <translation>é obrigatório (o ID do cliente da credencial)</translation>
        </message>
        <message>
            <source>must be a connection spec id (Salesforce Service Cloud %1, ServiceNow %2)</source>
            <translation>deve ser um ID de especificação de conexão (Salesforce Service Cloud %1, ServiceNow %2)</translation>
        </message>
        <message>
            <source>is required to create an account (or give its "id")</source>
            <translation>é obrigatório para criar uma conta (ou informe o "id")</translation>
        </message>
        <message>
            <source>is required, e.g. "Basic Authentication"</source>
            <translation>é obrigatório, ex.: "Basic Authentication"</translation>
        </message>
        <message>
            <source>is a secret and must not be in a session file; set AEP_SOURCE_%1 or use the wizard's keychain</source>
            <translation>é um segredo e não pode ficar no arquivo da sessão; defina AEP_SOURCE_%1 ou use o chaveiro do assistente</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>é obrigatório</translation>
        </message>
        <message>
            <source>select at least one column</source>
            <translation>selecione pelo menos uma coluna</translation>
        </message>
        <message>
            <source>a column needs a name</source>
            <translation>uma coluna precisa de um nome</translation>
        </message>
        <message>
            <source>column "%1" is listed twice</source>
            <translation>a coluna "%1" aparece duas vezes</translation>
        </message>
        <message>
            <source>is required to create a schema (or give its "id")</source>
            <translation>é obrigatório para criar um esquema (ou informe o "id")</translation>
        </message>
        <message>
            <source>must be a class $id such as https://ns.adobe.com/xdm/context/profile</source>
            <translation>deve ser o $id de uma classe, como https://ns.adobe.com/xdm/context/profile</translation>
        </message>
        <message>
            <source>must be a schema $id (https://ns.adobe.com/…) or meta:altId</source>
            <translation>deve ser o $id de um esquema (https://ns.adobe.com/…) ou meta:altId</translation>
        </message>
        <message>
            <source>is required to create a dataset (or give its "id")</source>
            <translation>é obrigatório para criar um conjunto de dados (ou informe o "id")</translation>
        </message>
        <message>
            <source>map at least one column</source>
            <translation>mapeie pelo menos uma coluna</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>está vazio</translation>
        </message>
        <message>
            <source>"%1" is not one of the selected columns</source>
            <translation>"%1" não é uma das colunas selecionadas</translation>
        </message>
        <message>
            <source>"%1" is mapped twice</source>
            <translation>"%1" está mapeado duas vezes</translation>
        </message>
        <message>
            <source>is required: a date-time column used for incremental loads</source>
            <translation>é obrigatório: uma coluna de data e hora usada nas cargas incrementais</translation>
        </message>
        <message>
            <source>"%1" is not a date-time column</source>
            <translation>"%1" não é uma coluna de data e hora</translation>
        </message>
    </context>
    <context>
        <name>SessionFile</name>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Não foi possível abrir %1: %2</translation>
        </message>
        <message>
            <source>%1 is larger than 64 MiB; it is not a session file.</source>
            <translation>%1 é maior que 64 MiB; não é um arquivo de sessão.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>SourcePage</name>
        <message>
            <source>Source</source>
            <translation>Origem</translation>
        </message>
        <message>
            <source>Choose the system, the account and the table to bring into Platform, then the columns.</source>
            <translation>Escolha o sistema, a conta e a tabela a trazer para o Platform e depois as colunas.</translation>
        </message>
        <message>
            <source>Source s&amp;ystem:</source>
            <translation>Sistema de orige&amp;m:</translation>
        </message>
        <message>
            <source>Source system</source>
            <translation>Sistema de origem</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>Use an e&amp;xisting account:</source>
            <translation>Usar uma conta e&amp;xistente:</translation>
        </message>
        <message>
            <source>Existing account</source>
            <translation>Conta existente</translation>
        </message>
        <message>
            <source>Account na&amp;me: *</source>
            <translation>No&amp;me da conta: *</translation>
        </message>
        <message>
            <source>Account name</source>
            <translation>Nome da conta</translation>
        </message>
        <message>
            <source>&amp;Authentication:</source>
            <translation>&amp;Autenticação:</translation>
        </message>
        <message>
            <source>Authentication type</source>
            <translation>Tipo de autenticação</translation>
        </message>
        <message>
            <source>Salesforce retired basic authentication (username, password and security token) in January 2026. Use OAuth2 Client Credential.</source>
            <translation>A Salesforce desativou a autenticação básica (usuário, senha e token de segurança) em janeiro de 2026. Use OAuth2 Client Credential.</translation>
        </message>
        <message>
            <source>&amp;Connect account</source>
            <translation>&amp;Conectar conta</translation>
        </message>
        <message>
            <source>Search tables</source>
            <translation>Buscar tabelas</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Tabelas</translation>
        </message>
        <message>
            <source>C&amp;olumns</source>
            <translation>C&amp;olunas</translation>
        </message>
        <message>
            <source>Columns to bring in</source>
            <translation>Colunas a trazer</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Coluna</translation>
        </message>
        <message>
            <source>Source type</source>
            <translation>Tipo na origem</translation>
        </message>
        <message>
            <source>XDM type</source>
            <translation>Tipo XDM</translation>
        </message>
        <message>
            <source>Select non&amp;e</source>
            <translation>Selecionar n&amp;enhuma</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>&amp;Prévia</translation>
        </message>
        <message>
            <source>Preview rows</source>
            <translation>Linhas de prévia</translation>
        </message>
        <message>
            <source>Create a ne&amp;w account</source>
            <translation>Criar uma conta no&amp;va</translation>
        </message>
        <message>
            <source>&amp;Tables:</source>
            <translation>&amp;Tabelas:</translation>
        </message>
        <message>
            <source>Select a&amp;ll</source>
            <translation>Se&amp;lecionar todas</translation>
        </message>
    </context>
    <context>
        <name>TargetPage</name>
        <message>
            <source>Target connection</source>
            <translation>Conexão de destino</translation>
        </message>
        <message>
            <source>Where the records land in Platform, at a glance. Nothing is created before the Create page.</source>
            <translation>Onde os registros chegam no Platform, num relance. Nada é criado antes da página Criar.</translation>
        </message>
        <message>
            <source>Data lake target</source>
            <translation>Destino no data lake</translation>
        </message>
        <message>
            <source>&amp;Destination:</source>
            <translation>&amp;Destino:</translation>
        </message>
        <message>
            <source>&amp;Schema:</source>
            <translation>&amp;Esquema:</translation>
        </message>
        <message>
            <source>Schema $&amp;id:</source>
            <translation>$&amp;id do esquema:</translation>
        </message>
        <message>
            <source>Schema &amp;version:</source>
            <translation>&amp;Versão do esquema:</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Origem:</translation>
        </message>
        <message>
            <source>Datas&amp;et:</source>
            <translation>Conjunto de dados (&amp;e):</translation>
        </message>
        <message>
            <source>Data f&amp;ormat:</source>
            <translation>F&amp;ormato dos dados:</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Sets up Adobe Experience Platform dataflows from Salesforce Service Cloud and ServiceNow.</source>
            <translation>Configura fluxos de dados do Adobe Experience Platform a partir do Salesforce Service Cloud e do ServiceNow.</translation>
        </message>
        <message>
            <source>Start on the built-in demo sandbox (offline).</source>
            <translation>Começar na sandbox de demonstração embutida (offline).</translation>
        </message>
        <message>
            <source>Interface language, e.g. en or pt_BR.</source>
            <translation>Idioma da interface, ex.: en ou pt_BR.</translation>
        </message>
        <message>
            <source>Walk through every page in demo mode, save each as a PNG in &lt;dir&gt;, then quit.</source>
            <translation>Percorrer todas as páginas no modo de demonstração, salvar cada uma como PNG em &lt;dir&gt; e sair.</translation>
        </message>
        <message>
            <source>A session file to open.</source>
            <translation>Um arquivo de sessão para abrir.</translation>
        </message>
    </context>
</TS>

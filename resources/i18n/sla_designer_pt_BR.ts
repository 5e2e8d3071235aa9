<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Backtest</name>
    <message>
        <source>Back-test on ticket history…</source>
        <translation>Teste retroativo no histórico de chamados…</translation>
    </message>
    <message>
        <source>Run the time targets over a help desk&apos;s ticket history, to see which windows would have missed their objective (Ctrl+Shift+B)</source>
        <translation>Aplica as metas de tempo ao histórico de chamados de uma central de atendimento, para ver em quais períodos de apuração o objetivo não teria sido atingido (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1º tri. %2</translation>
    </message>
    <message>
        <source>Attainment by window against the objective</source>
        <translation>Atingimento por período em relação ao objetivo</translation>
    </message>
    <message>
        <source>%1 windows, %2 missed the objective</source>
        <translation>%1 períodos, %2 não atingiram o objetivo</translation>
    </message>
    <message>
        <source>No window to show</source>
        <translation>Nenhum período a mostrar</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atingido</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Não atingido</translation>
    </message>
    <message>
        <source>Too few tickets</source>
        <translation>Poucos chamados</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Elapsed times of the tickets against the target</source>
        <translation>Tempos decorridos dos chamados em relação à meta</translation>
    </message>
    <message>
        <source>%1 tickets; target %2</source>
        <translation>%1 chamados; meta %2</translation>
    </message>
    <message>
        <source>No ticket to show</source>
        <translation>Nenhum chamado a mostrar</translation>
    </message>
    <message>
        <source>Within the target</source>
        <translation>Dentro da meta</translation>
    </message>
    <message>
        <source>Over the target</source>
        <translation>Acima da meta</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Meta: %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Ticket file mapping</source>
        <translation>Mapeamento do arquivo de chamados</translation>
    </message>
    <message>
        <source>First rows of %1</source>
        <translation>Primeiras linhas de %1</translation>
    </message>
    <message>
        <source>First rows of the ticket file</source>
        <translation>Primeiras linhas do arquivo de chamados</translation>
    </message>
    <message>
        <source>Exported from</source>
        <translation>Exportado de</translation>
    </message>
    <message>
        <source>Events file</source>
        <translation>Arquivo de eventos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Time zone of times without an offset</source>
        <translation>Fuso horário dos horários sem fuso indicado</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de data</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioridades</translation>
    </message>
    <message>
        <source>States that pause the clock</source>
        <translation>Estados que suspendem a contagem</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Reading the file&apos;s priorities…</source>
        <translation>Lendo as prioridades do arquivo…</translation>
    </message>
    <message>
        <source>Ticked at first: the states that wait on the requester, for the metrics whose clock rules pause. Tick what the clock rules name.</source>
        <translation>Marcados de início: os estados em que se aguarda o solicitante, nos indicadores cujas regras de contagem preveem suspensão. Marque o que as regras de contagem indicam.</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>Carregar mapeamento…</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Salvar mapeamento…</translation>
    </message>
    <message>
        <source>Use this mapping</source>
        <translation>Usar este mapeamento</translation>
    </message>
    <message>
        <source>A state of the workflow&apos;s own</source>
        <translation>Um estado próprio do fluxo</translation>
    </message>
    <message>
        <source>&amp;Add state</source>
        <translation>&amp;Adicionar estado</translation>
    </message>
    <message>
        <source>The state %1 is listed already.</source>
        <translation>O estado %1 já está na lista.</translation>
    </message>
    <message>
        <source>Guessed from the file&apos;s columns</source>
        <translation>Deduzido das colunas do arquivo</translation>
    </message>
    <message>
        <source>The columns match no known export</source>
        <translation>As colunas não correspondem a nenhuma exportação conhecida</translation>
    </message>
    <message>
        <source>The columns look like %1</source>
        <translation>As colunas parecem de %1</translation>
    </message>
    <message>
        <source>Ticket id</source>
        <translation>Identificador do chamado</translation>
    </message>
    <message>
        <source>Issue key</source>
        <translation>Chave do item</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aberto em</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado em</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primeira resposta</translation>
    </message>
    <message>
        <source>Event: ticket</source>
        <translation>Evento: chamado</translation>
    </message>
    <message>
        <source>Event: metric</source>
        <translation>Evento: métrica</translation>
    </message>
    <message>
        <source>Event: type</source>
        <translation>Evento: tipo</translation>
    </message>
    <message>
        <source>Event: time</source>
        <translation>Evento: horário</translation>
    </message>
    <message>
        <source>Change: field</source>
        <translation>Alteração: campo</translation>
    </message>
    <message>
        <source>Change: value before</source>
        <translation>Alteração: valor anterior</translation>
    </message>
    <message>
        <source>Change: value after</source>
        <translation>Alteração: valor posterior</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>No arquivo</translation>
    </message>
    <message>
        <source>In the agreement</source>
        <translation>No acordo</translation>
    </message>
    <message>
        <source>Agreement priority of %1</source>
        <translation>Prioridade do acordo para %1</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(escolher)</translation>
    </message>
    <message>
        <source>Ends resolution</source>
        <translation>Encerra a solução</translation>
    </message>
    <message>
        <source>The state ends the resolution clock, as resolved or closed do (the help desk&apos;s own such states are fixed)</source>
        <translation>O estado encerra a contagem do tempo de solução, como resolvido ou fechado (os estados assim da própria ferramenta são fixos)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(ausente)</translation>
    </message>
    <message>
        <source>Ticket file…</source>
        <translation>Arquivo de chamados…</translation>
    </message>
    <message>
        <source>A help desk&apos;s ticket history: CSV, Parquet or JSON lines</source>
        <translation>O histórico de chamados de uma central de atendimento: CSV, Parquet ou JSON lines</translation>
    </message>
    <message>
        <source>Mapping…</source>
        <translation>Mapeamento…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Back-test progress</source>
        <translation>Andamento do teste retroativo</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Indicador:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridade:</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Períodos</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Chamados</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Na meta</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Atingimento</translation>
    </message>
    <message>
        <source>Objective met</source>
        <translation>Objetivo atingido</translation>
    </message>
    <message>
        <source>Choose a help desk&apos;s ticket history to back-test on.</source>
        <translation>Escolha o histórico de chamados de uma central de atendimento para o teste retroativo.</translation>
    </message>
    <message>
        <source>Tickets: %1 (%2)</source>
        <translation>Chamados: %1 (%2)</translation>
    </message>
    <message>
        <source>Back-testing %1…</source>
        <translation>Testando %1…</translation>
    </message>
    <message>
        <source>Reading the ticket files…</source>
        <translation>Lendo os arquivos de chamados…</translation>
    </message>
    <message>
        <source>The back-test could not read the files:</source>
        <translation>O teste retroativo não conseguiu ler os arquivos:</translation>
    </message>
    <message>
        <source>Back-test cancelled.</source>
        <translation>Teste retroativo cancelado.</translation>
    </message>
    <message>
        <source>The agreement changed since this back-test: run it again.</source>
        <translation>O acordo mudou desde este teste retroativo: execute-o novamente.</translation>
    </message>
    <message>
        <source>%1 tickets read, %2 windows missed their objective.</source>
        <translation>%1 chamados lidos, %2 períodos não atingiram o objetivo.</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Todas as prioridades</translation>
    </message>
    <message>
        <source>Not back-tested: %1</source>
        <translation>Sem teste retroativo: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Apply suggested target</source>
        <translation>Aplicar a meta sugerida</translation>
    </message>
</context>
<context>
    <name>BacktestFlow</name>
    <message>
        <source>The target changed since the back-test: run it again.</source>
        <translation>A meta mudou desde o teste retroativo: execute-o novamente.</translation>
    </message>
    <message>
        <source>Suggested target</source>
        <translation>Meta sugerida</translation>
    </message>
    <message>
        <source>Suggested target applied (Undo takes it back): run the back-test again.</source>
        <translation>Meta sugerida aplicada (Desfazer a retira): execute o teste retroativo novamente.</translation>
    </message>
    <message>
        <source>Back-test</source>
        <translation>Teste retroativo</translation>
    </message>
</context>
<context>
    <name>ChangesTable</name>
    <message>
        <source>Import a reviewed contract with File › Import review… (Ctrl+Shift+R).</source>
        <translation>Importe um contrato revisado em Arquivo › Importar revisão… (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <source>No changes left to review.</source>
        <translation>Não há mais alterações a revisar.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (não encontrado)</translation>
    </message>
</context>
<context>
    <name>ClockDurationEdit</name>
    <message>
        <source>e.g. 4h, 30m, or 2 for business days</source>
        <translation>ex.: 4h, 30m, ou 2 para dias úteis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Contagem</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>horas úteis</translation>
    </message>
    <message>
        <source>hours around the clock</source>
        <translation>horas corridas</translation>
    </message>
    <message>
        <source>business days, same time of day</source>
        <translation>dias úteis, no mesmo horário</translation>
    </message>
    <message>
        <source>business days, by close of business</source>
        <translation>dias úteis, até o encerramento do expediente</translation>
    </message>
</context>
<context>
    <name>CompareFlow</name>
    <message>
        <source>Another file…</source>
        <translation>Outro arquivo…</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Não é possível comparar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificação</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Inclusão</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Exclusão</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Mudança de posição</translation>
    </message>
    <message>
        <source>%1 (Enter opens the field)</source>
        <translation>%1 (Enter abre o campo)</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Comparar &amp;com:</translation>
    </message>
    <message>
        <source>&amp;Open field</source>
        <translation>A&amp;brir campo</translation>
    </message>
    <message>
        <source>Show the field in its step (Enter)</source>
        <translation>Mostrar o campo em sua etapa (Enter)</translation>
    </message>
    <message>
        <source>Choose a saved version or a file to compare the agreement with.</source>
        <translation>Escolha uma versão salva ou um arquivo com que comparar o acordo.</translation>
    </message>
    <message>
        <source>No changes: the agreement is the same.</source>
        <translation>Nenhuma alteração: o acordo é o mesmo.</translation>
    </message>
</context>
<context>
    <name>CreditCurvePanel</name>
    <message>
        <source>Credit curve</source>
        <translation>Curva de crédito</translation>
    </message>
    <message>
        <source>Credit against measured value</source>
        <translation>Crédito em função do valor medido</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>Valor medido</translation>
    </message>
    <message>
        <source>Fee the credit is on</source>
        <translation>Valor sobre o qual incide o crédito</translation>
    </message>
    <message>
        <source>What if the measured value is</source>
        <translation>E se o valor medido for</translation>
    </message>
    <message>
        <source>on a fee of</source>
        <translation>sobre um valor de</translation>
    </message>
    <message>
        <source>Tickets that met their target / all tickets</source>
        <translation>Chamados que cumpriram a meta / todos os chamados</translation>
    </message>
    <message>
        <source>e.g. P1=17/20, P2=40/45</source>
        <translation>ex.: P1=17/20, P2=40/45</translation>
    </message>
    <message>
        <source>What if the tickets are</source>
        <translation>E se os chamados forem</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>Escolher a data no calendário</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ex.: %1</translation>
    </message>
</context>
<context>
    <name>DowntimePanel</name>
    <message>
        <source>Downtime allowed</source>
        <translation>Indisponibilidade permitida</translation>
    </message>
</context>
<context>
    <name>DueTimePanel</name>
    <message>
        <source>When is it due?</source>
        <translation>Qual é o prazo?</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Aberto:</translation>
    </message>
    <message>
        <source>Ticket opened on</source>
        <translation>Data de abertura do chamado</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Ticket opened at</source>
        <translation>Chamado aberto em</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Open the ticket now</source>
        <translation>Abrir o chamado agora</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>LibreOffice was not found. %1.</source>
        <translation>O LibreOffice não foi encontrado. %1.</translation>
    </message>
    <message>
        <source>LibreOffice&apos;s Python bridge (uno) was not found. %1.</source>
        <translation>A ponte Python do LibreOffice (uno) não foi encontrada. %1.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Errors block a final export: fix them first, or export a draft (the document then says DRAFT).</source>
        <translation>Erros impedem a exportação final: corrija-os antes ou exporte uma minuta (o documento então indica MINUTA).</translation>
    </message>
    <message>
        <source>No errors; review the warnings before sending the document.</source>
        <translation>Sem erros; revise os avisos antes de enviar o documento.</translation>
    </message>
    <message>
        <source>Ready for a final export.</source>
        <translation>Pronto para a exportação final.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The language of the agreement&apos;s document and of the systems&apos; texts</source>
        <translation>O idioma do documento do acordo e dos textos dos sistemas</translation>
    </message>
    <message>
        <source>Agreement file</source>
        <translation>Arquivo do acordo</translation>
    </message>
    <message>
        <source>Untick to write only the help desks and service-level tools below</source>
        <translation>Desmarque para gravar apenas os help desks e as ferramentas de nível de serviço abaixo</translation>
    </message>
    <message>
        <source>Converted from the Word document by LibreOffice</source>
        <translation>Convertido do documento Word pelo LibreOffice</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Fill in the page numbers of the table of contents</source>
        <translation>Preencher os números de página do sumário</translation>
    </message>
    <message>
        <source>Export a draft despite the errors</source>
        <translation>Exportar uma minuta apesar dos erros</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>Idioma do documento:</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>Tamanho do papel:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Export draft</source>
        <translation>Exportar minuta</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>One item per line</source>
        <translation>Um item por linha</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>amount, in the agreement&apos;s currency</source>
        <translation>valor, na moeda do acordo</translation>
    </message>
    <message>
        <source>e.g. 4 h, 1 h 30 min, 2 d, 45 s</source>
        <translation>ex.: 4 h, 1 h 30 min, 2 d, 45 s</translation>
    </message>
    <message>
        <source>e.g. 4 h, 1 h 30 min, 2 d, 45 s (optional)</source>
        <translation>ex.: 4 h, 1 h 30 min, 2 d, 45 s (opcional)</translation>
    </message>
    <message>
        <source>Choose a country in the list or type its two-letter ISO code, e.g. DE</source>
        <translation>Escolha um país da lista ou digite o seu código ISO de duas letras, p. ex. DE</translation>
    </message>
    <message>
        <source>The whole country</source>
        <translation>O país inteiro</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Cannot open the agreement</source>
        <translation>Não foi possível abrir o acordo</translation>
    </message>
    <message>
        <source>%1: the file no longer exists</source>
        <translation>%1: o arquivo não existe mais</translation>
    </message>
    <message>
        <source>Cannot use the template</source>
        <translation>Não foi possível usar o modelo</translation>
    </message>
    <message>
        <source>Cannot save the agreement</source>
        <translation>Não foi possível salvar o acordo</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvo %1</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>No findings: every check passes.</source>
        <translation>Nenhum apontamento: todas as verificações passam.</translation>
    </message>
</context>
<context>
    <name>ForeignTextWarning</name>
    <message>
        <source>Fields still in the agreement&apos;s language</source>
        <translation>Campos ainda no idioma do acordo</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>SLA Designer user guide</source>
        <translation>Guia do usuário do SLA Designer</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guia do usuário</translation>
    </message>
</context>
<context>
    <name>HandoffOptions</name>
    <message>
        <source>Help desks and service-level tools</source>
        <translation>Help desks e ferramentas de nível de serviço</translation>
    </message>
    <message>
        <source>Destination for %1</source>
        <translation>Destino para o %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Writes the system&apos;s files into this folder (made when missing)</source>
        <translation>Grava os arquivos do sistema nesta pasta (criada se não existir)</translation>
    </message>
    <message>
        <source>Writes the system&apos;s file</source>
        <translation>Grava o arquivo do sistema</translation>
    </message>
</context>
<context>
    <name>HandoffReport</name>
    <message>
        <source>What did not map</source>
        <translation>O que não foi mapeado</translation>
    </message>
    <message>
        <source>The systems were written. They cannot hold what follows: set it up by hand, or keep it in mind when you read their reports.</source>
        <translation>Os arquivos dos sistemas foram gravados. Eles não conseguem representar o que segue: configure-o manualmente ou leve-o em conta ao ler os relatórios deles.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>SLA Designer %1</source>
        <translation>SLA Designer %1</translation>
    </message>
    <message>
        <source>Write service level agreements step by step, with live checks.</source>
        <translation>Escreva acordos de nível de serviço passo a passo, com verificação imediata.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licença: %1</translation>
    </message>
    <message>
        <source>Qt %1, PySide %2</source>
        <translation>Qt %1, PySide %2</translation>
    </message>
    <message>
        <source>About SLA Designer</source>
        <translation>Sobre o SLA Designer</translation>
    </message>
</context>
<context>
    <name>HolidayList</name>
    <message>
        <source>Year of the holidays shown</source>
        <translation>Ano dos feriados mostrados</translation>
    </message>
    <message>
        <source>Holidays in</source>
        <translation>Feriados em</translation>
    </message>
    <message>
        <source>The holidays package does not know this place.</source>
        <translation>O pacote de feriados não conhece este local.</translation>
    </message>
    <message>
        <source>No public holiday in this year.</source>
        <translation>Nenhum feriado neste ano.</translation>
    </message>
    <message>
        <source>Cities with holidays of their own here: %1. List the holidays of other municipalities under Municipal holidays.</source>
        <translation>Cidades com feriados próprios aqui: %1. Liste os feriados de outros municípios em Feriados municipais.</translation>
    </message>
    <message>
        <source>Municipal holidays are not in the package: list yours under Municipal holidays.</source>
        <translation>Os feriados municipais não constam do pacote: liste os do seu município em Feriados municipais.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Word document (.docx)</source>
        <translation>Documento Word (.docx)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>YAML agreement file (.yaml)</source>
        <translation>Arquivo YAML do acordo (.yaml)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. Managed hosting service level agreement</source>
        <translation>ex.: Acordo de nível de serviço de hospedagem gerenciada</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Your contract number</source>
        <translation>O número do seu contrato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Idioma do documento</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Data de vigência</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Choose by name, or type its symbol or code, e.g. R$</source>
        <translation>Escolha pelo nome ou digite o símbolo ou o código, por exemplo R$</translation>
    </message>
    <message>
        <source>Master agreement</source>
        <translation>Contrato principal</translation>
    </message>
    <message>
        <source>The contract this SLA belongs to</source>
        <translation>O contrato a que este ANS pertence</translation>
    </message>
    <message>
        <source>Governing law</source>
        <translation>Lei aplicável</translation>
    </message>
    <message>
        <source>e.g. England and Wales; leave blank for Brazilian law in Portuguese</source>
        <translation>ex.: England and Wales; em branco, em contrato em português, vale a lei brasileira</translation>
    </message>
    <message>
        <source>Forum (courts)</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>e.g. England and Wales; in Portuguese a comarca: Belo Horizonte/MG</source>
        <translation>ex.: England and Wales; em contrato em português, a comarca: Belo Horizonte/MG</translation>
    </message>
    <message>
        <source>Date style</source>
        <translation>Estilo de data</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Prazo de vigência</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Data de término</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovação</translation>
    </message>
    <message>
        <source>Renewal term</source>
        <translation>Prazo de renovação</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso prévio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acordo</translation>
    </message>
    <message>
        <source>What this agreement is, who it is written in, when it takes effect and how long it runs.</source>
        <translation>O que é este acordo, em que idioma é redigido, quando entra em vigor e por quanto tempo vale.</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Histórico de revisões</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>revisão</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Abre</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>24:00 is the end of the day</source>
        <translation>24:00 é o fim do dia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>State or city</source>
        <translation>Estado ou cidade</translation>
    </message>
    <message>
        <source>The holidays of the whole country, or of a state too</source>
        <translation>Os feriados do país inteiro ou também os de um estado</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Município</translation>
    </message>
    <message>
        <source>Its own holidays are observed too: list them under Municipal holidays</source>
        <translation>Os feriados do município também são observados: liste-os em Feriados municipais</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendários</translation>
    </message>
    <message>
        <source>When the clock runs. Targets in business time count only the open hours of their calendar; choose a calendar per metric, per priority or per target.</source>
        <translation>Quando o tempo corre. Metas em horário comercial contam só as horas de atendimento do seu calendário; escolha um calendário por indicador, por prioridade ou por meta.</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>calendário</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Horário semanal</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>intervalo</translation>
    </message>
    <message>
        <source>No weekly hours: choose a preset or add an interval (e.g. a lunch break is two intervals).</source>
        <translation>Sem horário semanal: escolha um modelo ou adicione um intervalo (ex.: uma pausa para almoço são dois intervalos).</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Feriados</translation>
    </message>
    <message>
        <source>holiday rule</source>
        <translation>regra de feriados</translation>
    </message>
    <message>
        <source>Extra closed dates</source>
        <translation>Outras datas sem atendimento</translation>
    </message>
    <message>
        <source>closed date</source>
        <translation>data sem atendimento</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Leave empty for the generated clause; text here replaces it in the document</source>
        <translation>Deixe em branco para a cláusula gerada; o texto aqui a substitui no documento</translation>
    </message>
    <message>
        <source>In the document</source>
        <translation>No documento</translation>
    </message>
    <message>
        <source>Include this clause</source>
        <translation>Incluir esta cláusula</translation>
    </message>
    <message>
        <source>Own wording</source>
        <translation>Redação própria</translation>
    </message>
    <message>
        <source>Order of precedence and term</source>
        <translation>Prevalência e vigência</translation>
    </message>
    <message>
        <source>The master agreement prevails, except as to the service levels and credits set out here. Said only where there is a master agreement.</source>
        <translation>O contrato principal prevalece, exceto quanto aos níveis de serviço e créditos aqui estabelecidos. Só aparece quando há contrato principal.</translation>
    </message>
    <message>
        <source>Ends when the master agreement ends</source>
        <translation>Termina quando terminar o contrato principal</translation>
    </message>
    <message>
        <source>Nature of service credits</source>
        <translation>Natureza dos créditos de serviço</translation>
    </message>
    <message>
        <source>Credits are a price adjustment, not a penalty (in Portuguese: Civil Code arts. 412, 413 and 416). Said where the agreement has service credits.</source>
        <translation>Os créditos são desconto no preço, não cláusula penal (arts. 412, 413 e 416 do Código Civil). Aparece quando o acordo tem créditos de serviço.</translation>
    </message>
    <message>
        <source>Liability cap</source>
        <translation>Limite de responsabilidade</translation>
    </message>
    <message>
        <source>Credits count towards the master agreement&apos;s limit of liability</source>
        <translation>Os créditos contam para o limite de responsabilidade do contrato principal</translation>
    </message>
    <message>
        <source>After the end</source>
        <translation>Após o término</translation>
    </message>
    <message>
        <source>Credits accrued remain due after the end</source>
        <translation>Os créditos apurados continuam devidos após o término</translation>
    </message>
    <message>
        <source>Measurement disputes and monitoring failure</source>
        <translation>Divergências de apuração e falha do monitoramento</translation>
    </message>
    <message>
        <source>A disputed measurement goes through escalation first, then to an independent expert; and what counts while the monitoring itself is down.</source>
        <translation>Uma apuração contestada passa primeiro pelo escalonamento e depois por um perito independente; e o que vale enquanto o próprio monitoramento está fora do ar.</translation>
    </message>
    <message>
        <source>Independent expert</source>
        <translation>Perito independente</translation>
    </message>
    <message>
        <source>Refer what escalation cannot settle</source>
        <translation>Submeter o que o escalonamento não resolver</translation>
    </message>
    <message>
        <source>Referral after</source>
        <translation>Submissão após</translation>
    </message>
    <message>
        <source>Expert&apos;s fees</source>
        <translation>Honorários do perito</translation>
    </message>
    <message>
        <source>Monitoring failure</source>
        <translation>Falha do monitoramento</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>How notices are given. Each party receives them at the address below, else at its own address and the e-mail of its first contact.</source>
        <translation>Como as notificações são feitas. Cada parte as recebe no endereço abaixo ou, na falta dele, no seu próprio endereço e no e-mail do seu primeiro contato.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidencialidade</translation>
    </message>
    <message>
        <source>Reports and monitoring data are confidential.</source>
        <translation>Os relatórios e os dados de monitoramento são confidenciais.</translation>
    </message>
    <message>
        <source>Force majeure</source>
        <translation>Caso fortuito e força maior</translation>
    </message>
    <message>
        <source>By reference to the master agreement, or a short clause without one.</source>
        <translation>Por remissão ao contrato principal ou, sem ele, uma cláusula curta.</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Proteção de dados pessoais</translation>
    </message>
    <message>
        <source>Said when the services process personal data. With no law ticked, the laws follow from the language and the parties&apos; countries (LGPD, GDPR, UK GDPR).</source>
        <translation>Aparece quando os serviços tratam dados pessoais. Sem lei marcada, as leis decorrem do idioma e dos países das partes (LGPD, RGPD, UK GDPR).</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dados pessoais</translation>
    </message>
    <message>
        <source>The services process personal data</source>
        <translation>Os serviços tratam dados pessoais</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Leis</translation>
    </message>
    <message>
        <source>Counterparts and electronic signature</source>
        <translation>Vias e assinatura eletrônica</translation>
    </message>
    <message>
        <source>In Portuguese: electronic signature under MP 2.200-2/2001 (ICP-Brasil).</source>
        <translation>Em português: assinatura eletrônica nos termos da MP 2.200-2/2001 (ICP-Brasil).</translation>
    </message>
    <message>
        <source>No waiver</source>
        <translation>Tolerância</translation>
    </message>
    <message>
        <source>Tolerating a breach does not waive a right or amend the text.</source>
        <translation>A tolerância a um descumprimento não importa renúncia nem alteração do texto.</translation>
    </message>
    <message>
        <source>Anti-corruption</source>
        <translation>Anticorrupção</translation>
    </message>
    <message>
        <source>In Portuguese: Law 12.846/2013.</source>
        <translation>Em português: Lei 12.846/2013.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>For the attention of</source>
        <translation>Aos cuidados de</translation>
    </message>
    <message>
        <source>Standard clauses</source>
        <translation>Cláusulas-padrão</translation>
    </message>
    <message>
        <source>The clauses every contract has besides its service levels. Each is written from the agreement; switch off those that do not fit, or give your own wording. Agreements between departments hold only interpretation, precedence, measurement disputes and confidentiality.</source>
        <translation>As cláusulas que todo contrato tem além dos níveis de serviço. Cada uma é redigida a partir do acordo; desligue as que não se aplicam ou dê a sua própria redação. Acordos entre áreas têm apenas interpretação, prevalência, divergências de apuração e confidencialidade.</translation>
    </message>
    <message>
        <source>Addresses for notices</source>
        <translation>Endereços para notificações</translation>
    </message>
    <message>
        <source>address</source>
        <translation>endereço</translation>
    </message>
    <message>
        <source>None: each party&apos;s own address and e-mail serve.</source>
        <translation>Nenhum: valem o endereço e o e-mail de cada parte.</translation>
    </message>
    <message>
        <source>e.g. Service manager</source>
        <translation>ex.: Gerente de serviço</translation>
    </message>
    <message>
        <source>Escalate after</source>
        <translation>Escalonar após</translation>
    </message>
    <message>
        <source>Times counted from</source>
        <translation>Prazos contados a partir de</translation>
    </message>
    <message>
        <source>Defined term</source>
        <translation>Termo definido</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Interpretation clause</source>
        <translation>Cláusula de interpretação</translation>
    </message>
    <message>
        <source>How periods of Business Days are counted, and what headings and “including” mean</source>
        <translation>Como se contam os prazos em Dias Úteis e o que significam os títulos e a palavra “incluindo”</translation>
    </message>
    <message>
        <source>Escalation and definitions</source>
        <translation>Escalonamento e definições</translation>
    </message>
    <message>
        <source>Who is called, and when, if a problem is not solved in time; and the terms the agreement defines.</source>
        <translation>Quem é acionado, e quando, se um problema não é resolvido a tempo; e os termos que o acordo define.</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Escalonamento</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Após</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nível</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definição</translation>
    </message>
    <message>
        <source>Short name other sections refer to, e.g. acme</source>
        <translation>Nome curto usado nas outras seções, ex.: acme</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Razão social</translation>
    </message>
    <message>
        <source>Company name as registered</source>
        <translation>Nome da empresa como registrado</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nome curto</translation>
    </message>
    <message>
        <source>Where the party is registered: the contract names its tax number after it</source>
        <translation>Onde a parte está registrada: o contrato nomeia o seu número de registro conforme o país</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>CNPJ/CPF</translation>
    </message>
    <message>
        <source>The number alone, e.g. 00.000.000/0000-00: the country says what it is</source>
        <translation>Só o número, p. ex. 00.000.000/0000-00: o país diz qual é</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>A person signs for this party</source>
        <translation>Uma pessoa assina por esta parte</translation>
    </message>
    <message>
        <source>Representative name</source>
        <translation>Nome do representante</translation>
    </message>
    <message>
        <source>Representative title</source>
        <translation>Cargo do representante</translation>
    </message>
    <message>
        <source>Representative tax number</source>
        <translation>CPF do representante</translation>
    </message>
    <message>
        <source>e.g. CPF</source>
        <translation>ex.: CPF</translation>
    </message>
    <message>
        <source>Signs under</source>
        <translation>Instrumento de representação</translation>
    </message>
    <message>
        <source>What empowers the representative to sign: named in the preamble</source>
        <translation>O que dá ao representante poderes para assinar: citado no preâmbulo</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contato</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Two or more parties. Every obligation names its party; internal agreements often have three or more departments.</source>
        <translation>Duas ou mais partes. Toda obrigação indica a sua parte; acordos internos costumam ter três ou mais departamentos.</translation>
    </message>
    <message>
        <source>party</source>
        <translation>parte</translation>
    </message>
    <message>
        <source>e.g. P1</source>
        <translation>ex.: P1</translation>
    </message>
    <message>
        <source>e.g. Critical</source>
        <translation>ex.: Crítica</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definição</translation>
    </message>
    <message>
        <source>When a ticket gets this priority</source>
        <translation>Quando um chamado recebe esta prioridade</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <source>One example per line</source>
        <translation>Um exemplo por linha</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation>Mês civil</translation>
    </message>
    <message>
        <source>Calendar quarter</source>
        <translation>Trimestre civil</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Ano civil</translation>
    </message>
    <message>
        <source>Rolling days</source>
        <translation>Dias móveis</translation>
    </message>
    <message>
        <source>Measurement window</source>
        <translation>Período de apuração</translation>
    </message>
    <message>
        <source>Rolling window</source>
        <translation>Período móvel</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Fonte dos dados</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>De onde vêm os números</translation>
    </message>
    <message>
        <source>Events not counted, one per line</source>
        <translation>Eventos não contados, um por linha</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Em até</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Todos os chamados</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Each ticket within the time, or the average, median or a percentile</source>
        <translation>Cada chamado dentro do prazo, ou a média, a mediana ou um percentil</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Percentil</translation>
    </message>
    <message>
        <source>e.g. 90: the time within which 90 % of tickets fall</source>
        <translation>ex.: 90: o prazo dentro do qual ficam 90 % dos chamados</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Cumprimento</translation>
    </message>
    <message>
        <source>Share of tickets that must meet it</source>
        <translation>Parcela dos chamados que deve cumpri-la</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Começa</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Dura</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioridades</translation>
    </message>
    <message>
        <source>Ordered levels, most urgent first. Response and resolution targets are set per priority.</source>
        <translation>Níveis ordenados, o mais urgente primeiro. As metas de resposta e de solução são definidas por prioridade.</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridade</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequência</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>Metrics reported</source>
        <translation>Indicadores relatados</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatários</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>e.g. PDF by e-mail, dashboard</source>
        <translation>ex.: PDF por e-mail, painel</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Periodicidade</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Change control</source>
        <translation>Controle de alterações</translation>
    </message>
    <message>
        <source>Reporting and review</source>
        <translation>Relatórios e acompanhamento</translation>
    </message>
    <message>
        <source>How often results are reported and to whom, when the parties meet to review them, and how the agreement is changed.</source>
        <translation>Com que frequência e para quem os resultados são relatados, quando as partes se reúnem para avaliá-los e como o acordo é alterado.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Due (days)</source>
        <translation>Prazo (dias)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>relatório</translation>
    </message>
    <message>
        <source>Review meetings</source>
        <translation>Reuniões de acompanhamento</translation>
    </message>
    <message>
        <source>review meeting</source>
        <translation>reunião de acompanhamento</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Obrigação</translation>
    </message>
    <message>
        <source>What the party must do</source>
        <translation>O que a parte deve fazer</translation>
    </message>
    <message>
        <source>When not done</source>
        <translation>Quando não cumprida</translation>
    </message>
    <message>
        <source>Affected metrics</source>
        <translation>Indicadores afetados</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilidades</translation>
    </message>
    <message>
        <source>The obligations of each party. A provider is not held to a target while the customer withholds what it needs: say which duties pause the clock or exclude events.</source>
        <translation>As obrigações de cada parte. O fornecedor não responde por uma meta enquanto o cliente não fornece o que ele precisa: diga quais obrigações suspendem a contagem ou excluem eventos.</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Obrigações</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efeito</translation>
    </message>
    <message>
        <source>duty</source>
        <translation>obrigação</translation>
    </message>
    <message>
        <source>Place of signature</source>
        <translation>Local de assinatura</translation>
    </message>
    <message>
        <source>e.g. Belo Horizonte</source>
        <translation>ex.: Belo Horizonte</translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation>Data de assinatura</translation>
    </message>
    <message>
        <source>Review and export</source>
        <translation>Revisão e exportação</translation>
    </message>
    <message>
        <source>Where and when the agreement is signed, and its witnesses. Errors listed in the findings panel block a final export; warnings do not.</source>
        <translation>Onde e quando o acordo é assinado, e suas testemunhas. Erros listados no painel de apontamentos impedem a exportação final; avisos não.</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Testemunhas</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>testemunha</translation>
    </message>
    <message>
        <source>No witnesses. Brazilian contracts commonly have two (name and CPF).</source>
        <translation>Sem testemunhas. Contratos brasileiros costumam ter duas (nome e CPF).</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Prestado por</translation>
    </message>
    <message>
        <source>Provided to</source>
        <translation>Prestado a</translation>
    </message>
    <message>
        <source>The party that owes this service and its metrics</source>
        <translation>A parte que deve este serviço e seus indicadores</translation>
    </message>
    <message>
        <source>The parties this service and its metrics are owed to</source>
        <translation>As partes a quem este serviço e seus indicadores são devidos</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Mensalidade</translation>
    </message>
    <message>
        <source>The basis of service credits</source>
        <translation>A base dos créditos de serviço</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <source>What is covered, one item per line</source>
        <translation>O que está coberto, um item por linha</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limitações</translation>
    </message>
    <message>
        <source>One limitation per line</source>
        <translation>Uma limitação por linha</translation>
    </message>
    <message>
        <source>The services this agreement covers, who provides each one to whom, and plainly what is in and out of scope.</source>
        <translation>Os serviços que este acordo cobre, quem presta cada um a quem e, com clareza, o que está dentro e fora do escopo.</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusões</translation>
    </message>
    <message>
        <source>What is not covered, one per line</source>
        <translation>O que não está coberto, um por linha</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>service</source>
        <translation>serviço</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>indicador</translation>
    </message>
    <message>
        <source>Time targets</source>
        <translation>Metas de tempo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>Scheduled maintenance windows</source>
        <translation>Janelas de manutenção programada</translation>
    </message>
    <message>
        <source>window</source>
        <translation>janela</translation>
    </message>
    <message>
        <source>Metrics and targets</source>
        <translation>Indicadores e metas</translation>
    </message>
    <message>
        <source>What is measured, over which window, and the target. Response and resolution targets are set per priority or for all tickets, in business or calendar time.</source>
        <translation>O que é medido, em qual período de apuração, e a meta. As metas de resposta e de solução são definidas por prioridade ou para todos os chamados, em horas úteis, em dias úteis ou em horas corridas.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Credit basis</source>
        <translation>Base do crédito</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Limite máximo</translation>
    </message>
    <message>
        <source>Of the basis, per period</source>
        <translation>Da base, por período</translation>
    </message>
    <message>
        <source>Attainment read for</source>
        <translation>Cumprimento apurado por</translation>
    </message>
    <message>
        <source>Used when the metric is a response or resolution time</source>
        <translation>Usado quando o indicador é um tempo de resposta ou de solução</translation>
    </message>
    <message>
        <source>Minimum tickets</source>
        <translation>Mínimo de chamados</translation>
    </message>
    <message>
        <source>A window with fewer tickets (of a priority, or in all when pooled) earns no credit</source>
        <translation>Um período com menos chamados (de uma prioridade, ou no total quando somados) não gera crédito</translation>
    </message>
    <message>
        <source>Linear rule</source>
        <translation>Regra linear</translation>
    </message>
    <message>
        <source>Used when the rule is linear</source>
        <translation>Usada quando a regra é linear</translation>
    </message>
    <message>
        <source>Starts below</source>
        <translation>Começa abaixo de</translation>
    </message>
    <message>
        <source>Per step of</source>
        <translation>Por degrau de</translation>
    </message>
    <message>
        <source>Credit per step</source>
        <translation>Crédito por degrau</translation>
    </message>
    <message>
        <source>Maximum credit</source>
        <translation>Crédito máximo</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Pelo menos</translation>
    </message>
    <message>
        <source>More than</source>
        <translation>Acima de</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>Abaixo de</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Downtime over</source>
        <translation>Indisponibilidade acima de</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Monthly cap</source>
        <translation>Limite máximo mensal</translation>
    </message>
    <message>
        <source>Yearly cap</source>
        <translation>Limite máximo anual</translation>
    </message>
    <message>
        <source>Minimum credit</source>
        <translation>Crédito mínimo</translation>
    </message>
    <message>
        <source>Claim within</source>
        <translation>Solicitação de crédito em até</translation>
    </message>
    <message>
        <source>Printed after the generated clause; do not restate its numbers</source>
        <translation>Impressas após a cláusula gerada; não repita os seus números</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Contado a partir de</translation>
    </message>
    <message>
        <source>Provider answers within</source>
        <translation>Fornecedor responde em até</translation>
    </message>
    <message>
        <source>Confirms or disputes a claim; empty: no such step</source>
        <translation>Confirma ou contesta a solicitação; vazio: sem essa etapa</translation>
    </message>
    <message>
        <source>Answer based on</source>
        <translation>Resposta com base em</translation>
    </message>
    <message>
        <source>Additional claim terms</source>
        <translation>Disposições adicionais sobre a solicitação</translation>
    </message>
    <message>
        <source>May terminate</source>
        <translation>Pode rescindir</translation>
    </message>
    <message>
        <source>Days of written notice; empty: written notice only</source>
        <translation>Dias de aviso prévio por escrito; vazio: apenas notificação por escrito</translation>
    </message>
    <message>
        <source>Refund prepaid fees</source>
        <translation>Restituir valores pagos antecipadamente</translation>
    </message>
    <message>
        <source>Fees paid for the period after termination are refunded</source>
        <translation>Os valores pagos pelo período posterior à rescisão são restituídos</translation>
    </message>
    <message>
        <source>Waive early-termination fees</source>
        <translation>Dispensar multa por rescisão antecipada</translation>
    </message>
    <message>
        <source>No early-termination fee is payable</source>
        <translation>Não há multa por rescisão antecipada</translation>
    </message>
    <message>
        <source>Credits apply</source>
        <translation>Créditos aplicados</translation>
    </message>
    <message>
        <source>On claim: the customer claims each credit; automatically: from the report</source>
        <translation>Mediante solicitação: o cliente solicita cada crédito; automaticamente: pelo relatório</translation>
    </message>
    <message>
        <source>Credits are paid as</source>
        <translation>Créditos são pagos como</translation>
    </message>
    <message>
        <source>Exclusive remedy</source>
        <translation>Medida compensatória exclusiva</translation>
    </message>
    <message>
        <source>Service credits are the only remedy for missed targets</source>
        <translation>Os créditos de serviço são a única medida compensatória por metas não cumpridas</translation>
    </message>
    <message>
        <source>Chronic failure</source>
        <translation>Falha recorrente</translation>
    </message>
    <message>
        <source>Repeated breaches give a right to terminate</source>
        <translation>Descumprimentos repetidos dão direito de rescisão</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Descumprimentos</translation>
    </message>
    <message>
        <source>Metrics that count</source>
        <translation>Indicadores considerados</translation>
    </message>
    <message>
        <source>None chosen: any service level</source>
        <translation>Nenhum escolhido: qualquer nível de serviço</translation>
    </message>
    <message>
        <source>Breach threshold</source>
        <translation>Limite de descumprimento</translation>
    </message>
    <message>
        <source>With one metric: a result worse than this counts; empty: a missed target</source>
        <translation>Com um indicador: conta um resultado pior que este; vazio: meta descumprida</translation>
    </message>
    <message>
        <source>Additional chronic-failure terms</source>
        <translation>Disposições adicionais sobre falha recorrente</translation>
    </message>
    <message>
        <source>Credits of</source>
        <translation>Créditos de</translation>
    </message>
    <message>
        <source>None chosen: every credit</source>
        <translation>Nenhum escolhido: todos os créditos</translation>
    </message>
    <message>
        <source>Additional earn-back terms</source>
        <translation>Disposições adicionais sobre recuperação de crédito</translation>
    </message>
    <message>
        <source>Earn-back</source>
        <translation>Recuperação de crédito</translation>
    </message>
    <message>
        <source>A credit is returned when targets are met afterwards</source>
        <translation>Um crédito é devolvido quando as metas são cumpridas depois</translation>
    </message>
    <message>
        <source>Months met</source>
        <translation>Meses cumpridos</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>Medidas compensatórias</translation>
    </message>
    <message>
        <source>Service credits for each metric as tiers (“below 99.9 % but at least 99.0 % → 10 %”), a linear rule or downtime bands, with caps and the claim procedure.</source>
        <translation>Créditos de serviço por indicador em faixas (“abaixo de 99,9 % mas pelo menos 99,0 % → 10 %”), regra linear ou faixas de indisponibilidade, com limites máximos e o procedimento de solicitação de crédito.</translation>
    </message>
    <message>
        <source>Credit schedules</source>
        <translation>Tabelas de crédito</translation>
    </message>
    <message>
        <source>credit schedule</source>
        <translation>tabela de crédito</translation>
    </message>
    <message>
        <source>Tiers (measured value between the bounds → credit)</source>
        <translation>Faixas (valor medido entre os limites → crédito)</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>faixa</translation>
    </message>
    <message>
        <source>Downtime bands</source>
        <translation>Faixas de indisponibilidade</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Acima de</translation>
    </message>
    <message>
        <source>band</source>
        <translation>faixa</translation>
    </message>
    <message>
        <source>An empty agreement: you fill in every step yourself.</source>
        <translation>Um acordo vazio: você preenche cada etapa.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>The same day every year; 29 February is not taken</source>
        <translation>O mesmo dia todos os anos; 29 de fevereiro não é aceito</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feriado</translation>
    </message>
    <message>
        <source>Municipal holidays</source>
        <translation>Feriados municipais</translation>
    </message>
    <message>
        <source>municipal holiday</source>
        <translation>feriado municipal</translation>
    </message>
    <message>
        <source>No municipal holidays: add the municipality&apos;s own holidays, the same days every year, so that the due times and downtime budgets skip them.</source>
        <translation>Nenhum feriado municipal: inclua os feriados do próprio município, nos mesmos dias todos os anos, para que os prazos e a indisponibilidade admitida os desconsiderem.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s wording</source>
        <translation>Redação do revisor</translation>
    </message>
    <message>
        <source>Empty: the paragraph is deleted. A blank line starts an added paragraph.</source>
        <translation>Vazia: o parágrafo é excluído. Uma linha em branco inicia um parágrafo acrescentado.</translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <source>Add %1</source>
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <source>None yet. Click “%1” to create one.</source>
        <translation>Nada ainda. Clique em “%1” para criar.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Findings</source>
        <translation>Apontamentos</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Não aceito: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>SLA Designer</source>
        <translation>SLA Designer</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exported %1 (draft)</source>
        <translation>Exportado %1 (minuta)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado %1</translation>
    </message>
    <message>
        <source>the table of contents gets its page numbers when Word updates it</source>
        <translation>o sumário recebe os números de página quando o Word o atualizar</translation>
    </message>
    <message>
        <source>The version was not recorded</source>
        <translation>A versão não foi registrada</translation>
    </message>
    <message>
        <source>Record version %1</source>
        <translation>Registrar a versão %1</translation>
    </message>
    <message>
        <source>version %1 recorded as sent (save the agreement to keep its entry)</source>
        <translation>versão %1 registrada como enviada (salve o acordo para manter o registro)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New from template…</source>
        <translation>&amp;Novo a partir de modelo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Import review…</source>
        <translation>&amp;Importar revisão…</translation>
    </message>
    <message>
        <source>Co&amp;mpare with…</source>
        <translation>Co&amp;mparar com…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Back-test on ticket history…</source>
        <translation>&amp;Teste retroativo no histórico de chamados…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>I&amp;r</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Próxima etapa</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Etapa &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>&amp;About SLA Designer</source>
        <translation>&amp;Sobre o SLA Designer</translation>
    </message>
    <message>
        <source>Show &amp;identifiers</source>
        <translation>Mostrar &amp;identificadores</translation>
    </message>
</context>
<context>
    <name>MetricKindBox</name>
    <message>
        <source>Change metric kind</source>
        <translation>Alterar tipo de indicador</translation>
    </message>
    <message>
        <source>Kind changed to %1; the metric keeps everything it had.</source>
        <translation>Tipo alterado para %1; o indicador mantém tudo o que tinha.</translation>
    </message>
    <message>
        <source>Kind changed to %1. Not kept, as the new kind has no place for them: %2.</source>
        <translation>Tipo alterado para %1. Não mantidos, pois o novo tipo não os comporta: %2.</translation>
    </message>
</context>
<context>
    <name>MetricsSection</name>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma da interface:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>The language of menus, pages and findings. The language of the contract is chosen per agreement, on the Agreement step.</source>
        <translation>O idioma dos menus, páginas e apontamentos. O idioma do contrato é escolhido em cada acordo, na etapa Acordo.</translation>
    </message>
    <message>
        <source>Your name (for tracked changes)</source>
        <translation>Seu nome (para alterações controladas)</translation>
    </message>
    <message>
        <source>Your &amp;name (for tracked changes):</source>
        <translation>Seu &amp;nome (para alterações controladas):</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Contract preview</source>
        <translation>Pré-visualização do contrato</translation>
    </message>
    <message>
        <source>The preview cannot be shown: {error}</source>
        <translation>A pré-visualização não pode ser exibida: {error}</translation>
    </message>
</context>
<context>
    <name>PriorityTable</name>
    <message>
        <source>Priority in the agreement</source>
        <translation>Prioridade no acordo</translation>
    </message>
    <message>
        <source>Priority in %1</source>
        <translation>Prioridade no %1</translation>
    </message>
    <message>
        <source>Priorities in %1</source>
        <translation>Prioridades no %1</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Agreements (*.yaml *.yml);;All files (*)</source>
        <translation>Acordos (*.yaml *.yml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Salvar as alterações em “%1” antes de fechar?</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Restaurar trabalho não salvo</translation>
    </message>
    <message>
        <source>SLA Designer did not close normally. Restore the unsaved work on %1?</source>
        <translation>O SLA Designer não foi fechado normalmente. Restaurar o trabalho não salvo em %1?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1” já existe. Deseja substituí-lo?</translation>
    </message>
    <message>
        <source>These files already exist:
%1
Replace them?</source>
        <translation>Estes arquivos já existem:
%1
Deseja substituí-los?</translation>
    </message>
    <message>
        <source>Replace existing file</source>
        <translation>Substituir arquivo existente</translation>
    </message>
    <message>
        <source>Open agreement</source>
        <translation>Abrir acordo</translation>
    </message>
    <message>
        <source>Import review</source>
        <translation>Importar revisão</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documentos do Word (*.docx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar com</translation>
    </message>
    <message>
        <source>Ticket history</source>
        <translation>Histórico de chamados</translation>
    </message>
    <message>
        <source>Ticket files (*.csv *.parquet *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>Arquivos de chamados (*.csv *.parquet *.jsonl *.ndjson *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Carregar mapeamento</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Escolher uma pasta</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>an unsaved agreement</source>
        <translation>um acordo não salvo</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
</context>
<context>
    <name>RedlineOptions</name>
    <message>
        <source>Mark changes against…</source>
        <translation>Marcar alterações em relação a…</translation>
    </message>
    <message>
        <source>The Word document shows what changed since that version as tracked changes, word by word, under your name (Preferences).</source>
        <translation>O documento Word mostra o que mudou desde essa versão como alterações controladas, palavra por palavra, em seu nome (Preferências).</translation>
    </message>
    <message>
        <source>Version to mark changes against</source>
        <translation>Versão com a qual as alterações são marcadas</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Escolher arquivo…</translation>
    </message>
    <message>
        <source>Record this as a version sent to the other side</source>
        <translation>Registrar como versão enviada à outra parte</translation>
    </message>
    <message>
        <source>Adds the version to the revision history, with today&apos;s date, your name and the description, and keeps a copy of the agreement as sent.</source>
        <translation>Acrescenta a versão ao histórico de revisões, com a data de hoje, seu nome e a descrição, e guarda uma cópia do acordo como foi enviado.</translation>
    </message>
    <message>
        <source>Description of the version sent</source>
        <translation>Descrição da versão enviada</translation>
    </message>
    <message>
        <source>What this version is, e.g. second round</source>
        <translation>O que é esta versão, por exemplo segunda rodada</translation>
    </message>
</context>
<context>
    <name>RefComboBox</name>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (não encontrado)</translation>
    </message>
</context>
<context>
    <name>ReviewDetails</name>
    <message>
        <source>Before:</source>
        <translation>Antes:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Depois:</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removido)</translation>
    </message>
    <message>
        <source>Comment by %1</source>
        <translation>Comentário de %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Accepted: the agreement holds this change.</source>
        <translation>Aceita: o acordo contém esta alteração.</translation>
    </message>
    <message>
        <source>Cannot be accepted:</source>
        <translation>Não pode ser aceita:</translation>
    </message>
    <message>
        <source>Changed by %1 on %2</source>
        <translation>Alterado por %1 em %2</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Alterado por %1</translation>
    </message>
    <message>
        <source>Changed on %1</source>
        <translation>Alterado em %1</translation>
    </message>
    <message>
        <source>Moved from place %1 to place %2 of its list.</source>
        <translation>Movido da posição %1 para a posição %2 da lista.</translation>
    </message>
    <message>
        <source>No author or date recorded: the change was not tracked.</source>
        <translation>Sem autor nem data registrados: a alteração não foi controlada.</translation>
    </message>
</context>
<context>
    <name>ReviewEdits</name>
    <message>
        <source>The field was changed after the review was imported.</source>
        <translation>O campo foi alterado depois que a revisão foi importada.</translation>
    </message>
</context>
<context>
    <name>ReviewFlow</name>
    <message>
        <source>Cannot read the review</source>
        <translation>Não é possível ler a revisão</translation>
    </message>
    <message>
        <source>Reviewer&apos;s changes</source>
        <translation>Alterações do revisor</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Redação</translation>
    </message>
    <message>
        <source>Paragraph deleted</source>
        <translation>Parágrafo excluído</translation>
    </message>
    <message>
        <source>Item removed</source>
        <translation>Item removido</translation>
    </message>
    <message>
        <source>Item moved</source>
        <translation>Item movido</translation>
    </message>
    <message>
        <source>Paragraph added</source>
        <translation>Parágrafo acrescentado</translation>
    </message>
    <message>
        <source>Applies cleanly</source>
        <translation>Aplica-se sem conflito</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceita</translation>
    </message>
    <message>
        <source>Comment to read</source>
        <translation>Comentário a ler</translation>
    </message>
    <message>
        <source>Contract text outside every clause</source>
        <translation>Texto do contrato fora das cláusulas</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Export Word, PDF or YAML…</source>
        <translation>Exportar Word, PDF ou YAML…</translation>
    </message>
    <message>
        <source>Summary of commitments…</source>
        <translation>Resumo dos compromissos…</translation>
    </message>
    <message>
        <source>Who owes what, by when, at what level, and what a miss costs, on one page</source>
        <translation>Quem deve o quê, em que prazo, em que nível e quanto custa o descumprimento, em uma página</translation>
    </message>
    <message>
        <source>No errors. Review the warnings before sending the document</source>
        <translation>Sem erros. Revise os avisos antes de enviar o documento</translation>
    </message>
    <message>
        <source>No errors or warnings: ready to export</source>
        <translation>Sem erros nem avisos: pronto para exportar</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Accept the reviewer&apos;s change: %1</source>
        <translation>Aceitar a alteração do revisor: %1</translation>
    </message>
    <message>
        <source>Accept the reviewer&apos;s changes</source>
        <translation>Aceitar as alterações do revisor</translation>
    </message>
    <message>
        <source>fields found by their tags</source>
        <translation>campos encontrados por suas marcas</translation>
    </message>
    <message>
        <source>fields found by aligning the text (the document lost its tags)</source>
        <translation>campos encontrados alinhando o texto (o documento perdeu suas marcas)</translation>
    </message>
    <message>
        <source>compared with the contract as exported, recorded in the document</source>
        <translation>comparado com o contrato como foi exportado, registrado no documento</translation>
    </message>
    <message>
        <source>compared with the open agreement exported again</source>
        <translation>comparado com o acordo aberto, exportado novamente</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <source>Make this change in the agreement (one undo step)</source>
        <translation>Fazer esta alteração no acordo (um passo de desfazer)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeitar</translation>
    </message>
    <message>
        <source>Take this change off the list; the agreement stays as it is (Delete)</source>
        <translation>Tirar esta alteração da lista; o acordo fica como está (Delete)</translation>
    </message>
    <message>
        <source>&amp;Open field</source>
        <translation>A&amp;brir campo</translation>
    </message>
    <message>
        <source>Show the field in its step (Enter)</source>
        <translation>Mostrar o campo em sua etapa (Enter)</translation>
    </message>
    <message>
        <source>Accept a&amp;ll that apply cleanly</source>
        <translation>Aceitar &amp;todas que se aplicam sem conflito</translation>
    </message>
    <message>
        <source>Make every change that applies cleanly, as one undo step</source>
        <translation>Fazer todas as alterações que se aplicam sem conflito, num único passo de desfazer</translation>
    </message>
</context>
<context>
    <name>ReviewedWordingPanel</name>
    <message>
        <source>Outside the clauses</source>
        <translation>Fora das cláusulas</translation>
    </message>
    <message>
        <source>%1 (no longer in the agreement)</source>
        <translation>%1 (não está mais no acordo)</translation>
    </message>
    <message>
        <source>Reviewer&apos;s wording</source>
        <translation>Redação do revisor</translation>
    </message>
    <message>
        <source>Paragraphs of the contract in the legal reviewer&apos;s words, printed instead of the generated ones. When the agreement later changes what such a paragraph says, the document prints the generated paragraph again until you keep the reviewer&apos;s wording for the new text.</source>
        <translation>Parágrafos do contrato na redação do revisor jurídico, impressos no lugar dos gerados. Quando o acordo muda depois o que um desses parágrafos diz, o documento volta a imprimir o parágrafo gerado até que você mantenha a redação do revisor para o novo texto.</translation>
    </message>
    <message>
        <source>None. Accepting a reworded paragraph from a review keeps its wording here.</source>
        <translation>Nenhuma. Ao aceitar um parágrafo reescrito numa revisão, a redação dele fica guardada aqui.</translation>
    </message>
    <message>
        <source>Generated wording it replaces</source>
        <translation>Redação gerada que ela substitui</translation>
    </message>
    <message>
        <source>Keep for the current text</source>
        <translation>Manter para o texto atual</translation>
    </message>
    <message>
        <source>Use the reviewer&apos;s wording in place of the paragraph as it now reads</source>
        <translation>Usar a redação do revisor no lugar do parágrafo como ele está agora</translation>
    </message>
    <message>
        <source>Back to generated wording</source>
        <translation>Voltar à redação gerada</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (excluído)</translation>
    </message>
    <message>
        <source>%1 (no longer matches)</source>
        <translation>%1 (não corresponde mais)</translation>
    </message>
    <message>
        <source>The agreement has changed this paragraph since: the document prints the generated text.</source>
        <translation>O acordo mudou este parágrafo desde então: o documento imprime o texto gerado.</translation>
    </message>
    <message>
        <source>The clause no longer has a paragraph to keep this wording for.</source>
        <translation>A cláusula não tem mais um parágrafo para o qual manter esta redação.</translation>
    </message>
    <message>
        <source>Keep reviewer&apos;s wording</source>
        <translation>Manter a redação do revisor</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>(none: no party is a provider or supplier)</source>
        <translation>(nenhuma: nenhuma parte é fornecedor)</translation>
    </message>
    <message>
        <source>The agreement&apos;s provider: %1</source>
        <translation>O fornecedor do acordo: %1</translation>
    </message>
    <message>
        <source>None ticked, and no party is a customer: tick the parties it is for.</source>
        <translation>Nenhuma marcada, e nenhuma parte é cliente: marque as partes a que ele se destina.</translation>
    </message>
    <message>
        <source>None ticked: the customers (%1).</source>
        <translation>Nenhuma marcada: os clientes (%1).</translation>
    </message>
</context>
<context>
    <name>StaffingPanel</name>
    <message>
        <source>Staffing estimate</source>
        <translation>Estimativa de equipe</translation>
    </message>
    <message>
        <source>Calls offered in the period</source>
        <translation>Chamadas recebidas no período</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Period in minutes</source>
        <translation>Período em minutos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Average handling time in seconds</source>
        <translation>Tempo médio de atendimento (TMA) em segundos</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Chamadas:</translation>
    </message>
    <message>
        <source>In a period of:</source>
        <translation>Num período de:</translation>
    </message>
    <message>
        <source>Average handling time:</source>
        <translation>Tempo médio de atendimento (TMA):</translation>
    </message>
    <message>
        <source>Agents needed:</source>
        <translation>Atendentes necessários:</translation>
    </message>
    <message>
        <source>Service level achieved:</source>
        <translation>Nível de serviço alcançado:</translation>
    </message>
    <message>
        <source>Average speed of answer:</source>
        <translation>Tempo médio de espera (TME):</translation>
    </message>
    <message>
        <source>Occupancy:</source>
        <translation>Ocupação:</translation>
    </message>
    <message>
        <source>Callers who wait:</source>
        <translation>Chamadas que esperam:</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <source>not started</source>
        <translation>não iniciada</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Summary of commitments</source>
        <translation>Resumo dos compromissos</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Idioma do documento:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salvar como PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Salvar como &amp;Word…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>O PDF não foi salvo</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento Word (*.docx)</translation>
    </message>
    <message>
        <source>The Word document was not saved</source>
        <translation>O documento Word não foi salvo</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New agreement</source>
        <translation>Novo acordo</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Start from a template; every part of it can be changed.</source>
        <translation>Comece de um modelo; tudo nele pode ser alterado.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Blank agreement</source>
        <translation>Acordo em branco</translation>
    </message>
    <message>
        <source>Template “{name}”</source>
        <translation>Modelo “{name}”</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <source>Remove targets</source>
        <translation>Remover metas</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Write service level agreements step by step, with live checks.</source>
        <translation>Escreva acordos de nível de serviço passo a passo, com verificação imediata.</translation>
    </message>
    <message>
        <source>Recent agreements</source>
        <translation>Acordos recentes</translation>
    </message>
    <message>
        <source>No recent agreements yet.</source>
        <translation>Nenhum acordo recente ainda.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Novo acordo</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
</context>
</TS>

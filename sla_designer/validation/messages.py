"""The catalogue of findings: every code with its severity and its English and Portuguese text.

Codes are stable (tools match on them); a code's severity never depends on the agreement, so a
CI check can rely on it. Texts are written for an account manager: what is wrong, what to do.
Named parameters ({metric}, {priority}...) are filled by `make()`, written per language.
"""

from __future__ import annotations

from typing import NamedTuple

from sla_designer.validation.findings import FieldPath, Finding, Severity
from sla_designer.validation.wording import Value, value_text


class Message(NamedTuple):
    """A code's severity and its message templates in English and Brazilian Portuguese."""

    severity: Severity
    en: str
    pt: str


CATALOGUE: dict[str, Message] = {
    # --- required content, section by section ---------------------------------------------
    "missing-title": Message(
        "error",
        "The agreement has no title. Type a title such as “Service Level Agreement – Hosting”.",
        "O acordo não tem título. Digite um título como “Acordo de Nível de Serviço – Hospedagem”.",
    ),
    "missing-services": Message(
        "warning",
        "No service is described. Add at least one service so the reader knows what is covered.",
        "Nenhum serviço foi descrito. Inclua pelo menos um serviço para que o leitor saiba o que "
        "está coberto.",
    ),
    "missing-scope": Message(
        "warning",
        "The scope of the service is empty. List what is included in the service.",
        "O escopo do serviço está vazio. Liste o que está incluído no serviço.",
    ),
    "missing-calendars": Message(
        "info",
        "No coverage calendar is defined, so every target counts round the clock (24x7). Add a "
        "calendar if support works only in business hours.",
        "Nenhum calendário de atendimento foi definido; todas as metas contam em horas corridas "
        "(24x7). Inclua um calendário se o suporte funciona apenas em horário comercial.",
    ),
    "missing-priorities": Message(
        "error",
        "Ticket metrics need priorities, but none is defined. Add the priority levels (e.g. P1 to "
        "P4), most urgent first.",
        "Indicadores de chamados precisam de prioridades, mas nenhuma foi definida. Inclua os "
        "níveis de prioridade (por exemplo P1 a P4), do mais urgente ao menos urgente.",
    ),
    "missing-metrics": Message(
        "error",
        "The agreement has no metrics, so it promises nothing measurable. Add at least one metric "
        "with its target.",
        "O acordo não tem indicadores e, portanto, não promete nada mensurável. Inclua pelo menos "
        "um indicador com sua meta.",
    ),
    "missing-responsibilities": Message(
        "warning",
        "No responsibilities are listed. Say what each party must do, including what the customer "
        "must provide.",
        "Nenhuma responsabilidade foi listada. Diga o que cada parte deve fazer, inclusive o que o "
        "cliente deve fornecer.",
    ),
    "missing-reports": Message(
        "warning",
        "No report is defined. Add a report saying how often the results are sent and to whom.",
        "Nenhum relatório foi definido. Inclua um relatório dizendo com que frequência os "
        "resultados são enviados e para quem.",
    ),
    "missing-remedies": Message(
        "info",
        "This customer agreement has no service credits: missing a target costs the provider "
        "nothing. Add a credit schedule if the customer expects one.",
        "Este acordo com cliente não tem créditos de serviço: descumprir uma meta não custa nada "
        "ao fornecedor. Inclua uma tabela de créditos se o cliente espera uma.",
    ),
    "missing-escalation": Message(
        "warning",
        "No escalation path is defined. Add who is contacted, level by level, when a problem is "
        "not solved in time.",
        "Nenhum escalonamento foi definido. Inclua quem é acionado, nível a nível, quando um "
        "problema não é resolvido no prazo.",
    ),
    "missing-effective-date": Message(
        "warning",
        "The agreement has no effective date. Enter the date from which it applies.",
        "O acordo não tem data de vigência. Informe a data a partir da qual ele vale.",
    ),
    "effective-after-expiry": Message(
        "error",
        "The agreement expires on {expiry}, before it takes effect on {effective}. Correct one of "
        "the two dates.",
        "O acordo termina em {expiry}, antes de entrar em vigor em {effective}. Corrija uma das "
        "duas datas.",
    ),
    "term-length-mismatch": Message(
        "warning",
        "A term of {months} months from {effective} ends on {end}, but the expiry date is "
        "{expiry}. Correct the number of months or the expiry date so they agree.",
        "Um prazo de {months} meses a partir de {effective} termina em {end}, mas a data de "
        "término é {expiry}. Corrija o número de meses ou a data de término para que coincidam.",
    ),
    # --- parties ----------------------------------------------------------------------------
    "too-few-parties": Message(
        "error",
        "An agreement needs at least two parties; this one has {count}. Add the missing party.",
        "Um acordo precisa de pelo menos duas partes; este tem {count}. Inclua a parte que falta.",
    ),
    "missing-provider": Message(
        "error",
        "No party has the role “provider”. Mark the party that delivers the service as provider.",
        "Nenhuma parte tem o papel de fornecedor (CONTRATADA). Marque como fornecedor a parte que "
        "presta o serviço.",
    ),
    "missing-customer": Message(
        "error",
        "No party has the role “customer”. Mark the party that receives the service as customer.",
        "Nenhuma parte tem o papel de cliente (CONTRATANTE). Marque como cliente a parte que "
        "recebe o serviço.",
    ),
    "missing-party-name": Message(
        "error",
        "Party “{party}” has no legal name. Enter the name under which it signs.",
        "A parte “{party}” não tem razão social. Informe o nome com que ela assina.",
    ),
    "missing-representative": Message(
        "warning",
        "Party “{party}” has no representative, so nobody signs for it. Enter who signs.",
        "A parte “{party}” não tem representante, então ninguém assina por ela. Informe quem "
        "assina.",
    ),
    "invalid-cnpj": Message(
        "warning",
        "The CNPJ “{value}” of party “{party}” is not valid: write it as 00.000.000/0000-00 and "
        "check the digits.",
        "O CNPJ “{value}” da parte “{party}” não é válido: escreva no formato 00.000.000/0000-00 e "
        "confira os dígitos.",
    ),
    "missing-witnesses": Message(
        "info",
        "A Brazilian contract is commonly signed by two witnesses (name and CPF); this one has "
        "{count}. Add them to make it an enforceable instrument.",
        "Um contrato brasileiro costuma ser assinado por duas testemunhas (nome e CPF); este tem "
        "{count}. Inclua-as para que seja título executivo extrajudicial.",
    ),
    # --- ids and references ---------------------------------------------------------------
    "duplicate-id": Message(
        "error",
        "Two items of kind {kind} have the id “{id}”. Give this one a different id.",
        "Dois itens do tipo {kind} têm o identificador “{id}”. Dê a este um identificador "
        "diferente.",
    ),
    "unknown-reference": Message(
        "error",
        "There is no {kind} with the id “{id}”. Choose an existing one or add the missing {kind}.",
        "Não existe {kind} com o identificador “{id}”. Escolha um identificador existente ou "
        "cadastre o item que falta.",
    ),
    # --- targets and priorities -------------------------------------------------------------
    "duplicate-target": Message(
        "error",
        "Metric “{metric}” has two targets for priority “{priority}”. Keep only one.",
        "O indicador “{metric}” tem duas metas para a prioridade “{priority}”. Mantenha apenas "
        "uma.",
    ),
    "missing-priority-target": Message(
        "warning",
        "Metric “{metric}” has no target for priority “{priority}”. Add one, or say in the "
        "description that this priority has no target.",
        "O indicador “{metric}” não tem meta para a prioridade “{priority}”. Inclua uma, ou "
        "explique na descrição que essa prioridade não tem meta.",
    ),
    "response-after-resolution": Message(
        "error",
        "For priority “{priority}”, the response target {response} is longer than the resolution "
        "target {resolution}. A ticket cannot be answered after it is solved: shorten the response "
        "target.",
        "Para a prioridade “{priority}”, a meta de primeira resposta {response} é maior que a meta "
        "de solução {resolution}. Um chamado não pode ser respondido depois de solucionado: reduza "
        "a meta de resposta.",
    ),
    "priority-order-inverted": Message(
        "warning",
        "In metric “{metric}”, priority “{priority}” allows {target}, longer than the less urgent "
        "priority “{lower}”, which allows {lower_target}. Give the more urgent priority the "
        "shorter target.",
        "No indicador “{metric}”, a prioridade “{priority}” permite {target}, mais que a "
        "prioridade menos urgente “{lower}”, que permite {lower_target}. Dê a meta mais curta à "
        "prioridade mais urgente.",
    ),
    # --- objectives and measurement windows -------------------------------------------------
    "budget-below-minimum-outage": Message(
        "warning",
        "Metric “{metric}”: {objective} % a {window} allows only {budget} of downtime, less than "
        "the minimum outage that counts ({minimum}). Any counted outage breaks the target: lower "
        "the objective or the minimum outage.",
        "Indicador “{metric}”: {objective} % por {window} permite só {budget} de "
        "indisponibilidade, menos que a interrupção mínima considerada ({minimum}). Qualquer "
        "interrupção contada descumpre a meta: reduza o objetivo ou a interrupção mínima.",
    ),
    "rolling-window-without-days": Message(
        "error",
        "Metric “{metric}” is measured over a rolling period but the number of days is missing. "
        "Enter the number of days (e.g. 30).",
        "O indicador “{metric}” é apurado em período móvel, mas falta o número de dias. Informe o "
        "número de dias (por exemplo 30).",
    ),
    "window-days-ignored": Message(
        "warning",
        "Metric “{metric}” is measured per {window}, so the {days} days entered are ignored. "
        "Remove the days or choose a rolling period.",
        "O indicador “{metric}” é apurado por {window}, então os {days} dias informados são "
        "ignorados. Remova os dias ou escolha um período móvel.",
    ),
    "satisfaction-scale-inverted": Message(
        "error",
        "The satisfaction scale of “{metric}” runs from {low} to {high}: the lowest score must be "
        "below the highest. Correct the scale.",
        "A escala de satisfação de “{metric}” vai de {low} a {high}: a menor nota deve ser "
        "inferior à maior. Corrija a escala.",
    ),
    "satisfaction-objective-outside-scale": Message(
        "error",
        "The objective {objective} of “{metric}” lies outside its scale {low} to {high}. Choose an "
        "objective on the scale.",
        "O objetivo {objective} de “{metric}” está fora da escala de {low} a {high}. Escolha um "
        "objetivo dentro da escala.",
    ),
    "maintenance-without-notice": Message(
        "warning",
        "Metric “{metric}” excludes scheduled maintenance but does not say how long before "
        "maintenance must be announced. Enter the notice (e.g. 5d).",
        "O indicador “{metric}” exclui manutenções programadas, mas não diz com quanto tempo de "
        "antecedência elas devem ser avisadas. Informe o aviso prévio (por exemplo 5d).",
    ),
    # --- calendars --------------------------------------------------------------------------
    "calendar-without-hours": Message(
        "error",
        "Calendar “{calendar}” has no open hours, so business-time clocks never run. Add its "
        "weekly hours or choose a preset (24x7, 24x5).",
        "O calendário “{calendar}” não tem horário de atendimento, então prazos em horário "
        "comercial nunca correm. Inclua o horário semanal ou escolha um modelo (24x7, 24x5).",
    ),
    "calendar-hours-ignored": Message(
        "warning",
        "Calendar “{calendar}” uses the preset {preset}, so the weekly hours entered are ignored. "
        "Remove the hours or the preset.",
        "O calendário “{calendar}” usa o modelo {preset}, então o horário semanal informado é "
        "ignorado. Remova o horário ou o modelo.",
    ),
    "unknown-holiday-country": Message(
        "error",
        "Public holidays are not known for the country “{country}”. Use a two-letter country code "
        "such as BR, US or GB.",
        "Os feriados do país “{country}” não são conhecidos. Use um código de país de duas letras, "
        "como BR, US ou GB.",
    ),
    "unknown-holiday-subdivision": Message(
        "error",
        "“{subdivision}” is not a known subdivision of {country} for public holidays. Use its "
        "code, for example {known}.",
        "“{subdivision}” não é uma subdivisão conhecida de {country} para feriados. Use o código, "
        "por exemplo {known}.",
    ),
    "business-time-without-calendar": Message(
        "error",
        "Metric “{metric}” counts business hours, but no calendar says what the business hours "
        "are. Add a calendar.",
        "O indicador “{metric}” conta em horário comercial, mas nenhum calendário diz qual é o "
        "horário comercial. Inclua um calendário.",
    ),
    # --- reporting --------------------------------------------------------------------------
    "metric-not-reported": Message(
        "warning",
        "No report covers metric “{metric}”, so its results are never shown to the customer. Add "
        "it to a report.",
        "Nenhum relatório inclui o indicador “{metric}”, então seus resultados nunca são "
        "apresentados. Inclua-o em um relatório.",
    ),
    "report-without-metrics": Message(
        "warning",
        "Report “{report}” lists no metrics. Choose the metrics it presents.",
        "O relatório “{report}” não lista indicadores. Escolha os indicadores que ele apresenta.",
    ),
    "report-without-recipients": Message(
        "warning",
        "Report “{report}” has no recipients. Choose the parties that receive it.",
        "O relatório “{report}” não tem destinatários. Escolha as partes que o recebem.",
    ),
    "report-due-before-period-end": Message(
        "error",
        "Report “{report}” is due {days} days before its period ends, before the results exist. "
        "Set the due date to zero or more days after the period ends.",
        "O relatório “{report}” vence {days} dias antes do fim do período, antes de os resultados "
        "existirem. Defina o prazo para zero ou mais dias após o fim do período.",
    ),
    # --- service credits ------------------------------------------------------------------
    "tiers-missing": Message(
        "error",
        "The credit schedule of “{schedule}” uses tiers but has none. Add the tiers, e.g. “below "
        "99.9 % → 10 %”.",
        "A tabela de créditos de “{schedule}” usa faixas, mas não tem nenhuma. Inclua as faixas, "
        "por exemplo “abaixo de 99,9 % → 10 %”.",
    ),
    "linear-rule-missing": Message(
        "error",
        "The credit schedule of “{schedule}” uses a linear rule but the rule is missing. Enter "
        "where credits start and how much each step is worth.",
        "A tabela de créditos de “{schedule}” usa regra linear, mas a regra não foi informada. "
        "Diga onde os créditos começam e quanto vale cada degrau.",
    ),
    "downtime-bands-missing": Message(
        "error",
        "The credit schedule of “{schedule}” uses downtime bands but has none. Add the bands, e.g. "
        "“over 1h → 5 %”.",
        "A tabela de créditos de “{schedule}” usa faixas de indisponibilidade, mas não tem "
        "nenhuma. Inclua as faixas, por exemplo “acima de 1h → 5 %”.",
    ),
    "tier-empty": Message(
        "error",
        "A credit tier of “{schedule}” starts at {start} and ends below {end}, so no value falls "
        "in it. Correct its bounds.",
        "Uma faixa de crédito de “{schedule}” começa em {start} e termina abaixo de {end}, então "
        "nenhum valor cabe nela. Corrija os limites.",
    ),
    "tier-gap": Message(
        "error",
        "In the credits for “{schedule}”, no tier covers values from {start} to below {end}: it is "
        "unclear what credit applies there. Extend a tier to close the gap.",
        "Nos créditos de “{schedule}”, nenhuma faixa cobre os valores de {start} até abaixo de "
        "{end}: não fica claro qual crédito se aplica. Amplie uma faixa para fechar a lacuna.",
    ),
    "tier-overlap": Message(
        "error",
        "In the credits for “{schedule}”, two tiers both cover values from {start} to below {end}, "
        "so two credits apply. Make each tier end where the next starts.",
        "Nos créditos de “{schedule}”, duas faixas cobrem os valores de {start} até abaixo de "
        "{end}, então dois créditos se aplicam. Faça cada faixa terminar onde a próxima começa.",
    ),
    "credit-falls-as-performance-worsens": Message(
        "error",
        "In the credits for “{schedule}”, worse performance earns a smaller credit ({worse} %) "
        "than better performance ({better} %). Raise the credit of the worse tier.",
        "Nos créditos de “{schedule}”, um desempenho pior gera crédito menor ({worse} %) que um "
        "desempenho melhor ({better} %). Aumente o crédito da faixa pior.",
    ),
    "cap-below-tier-credit": Message(
        "error",
        "The cap of {cap} % is below the credit of {credit} % promised for “{schedule}”, so that "
        "credit can never be paid in full. Raise the cap or lower the credit.",
        "O limite máximo de {cap} % é menor que o crédito de {credit} % previsto para "
        "“{schedule}”, que assim nunca é pago por inteiro. Aumente o limite ou reduza o crédito.",
    ),
    "cap-above-100": Message(
        "error",
        "The linear credit rule of “{schedule}” can reach {credit} % of the fee, more than the "
        "whole fee, and nothing caps it. Enter a maximum or a cap of at most 100 %.",
        "A regra linear de créditos de “{schedule}” pode chegar a {credit} % do valor do serviço, "
        "mais que o valor inteiro, e nada a limita. Informe um máximo ou limite máximo de até 100 "
        "%.",
    ),
    "credit-service-ambiguous": Message(
        "error",
        "The credit schedule of “{schedule}” is a percentage of the monthly fee of the affected "
        "service, but it does not say which of the {count} services that is. Choose the service.",
        "A tabela de créditos de “{schedule}” é um percentual do valor mensal do serviço afetado, "
        "mas não diz qual dos {count} serviços é esse. Escolha o serviço.",
    ),
    "penalised-metric-without-customer-duty": Message(
        "warning",
        "Metric “{metric}” carries service credits, but no customer responsibility pauses its "
        "clock or excludes events. Add one, so the provider is not penalised when the customer "
        "withholds what it needs.",
        "O indicador “{metric}” gera créditos de serviço, mas nenhuma responsabilidade do cliente "
        "suspende a contagem ou exclui eventos. Inclua uma, para que o fornecedor não seja "
        "penalizado quando o cliente deixa de fornecer o necessário.",
    ),
    # --- money ------------------------------------------------------------------------------
    "unknown-currency": Message(
        "error",
        "“{currency}” is not an ISO 4217 currency code. Use a code such as BRL, USD or EUR.",
        "“{currency}” não é um código de moeda ISO 4217. Use um código como BRL, USD ou EUR.",
    ),
    "currency-mismatch": Message(
        "error",
        "This amount is in {currency}, but the agreement is in {expected}. Use {expected} or "
        "change the agreement's currency.",
        "Este valor está em {currency}, mas o acordo está em {expected}. Use {expected} ou mude a "
        "moeda do acordo.",
    ),
    "amount-finer-than-currency": Message(
        "error",
        "{amount} has more decimal places than {currency} has: it uses {places}. Round the amount.",
        "{amount} tem mais casas decimais do que a moeda {currency} usa ({places}). Arredonde o "
        "valor.",
    ),
    "internal-credit-in-money": Message(
        "warning",
        "This internal agreement pays service credits in money, which departments of one "
        "organisation rarely exchange. Check that this is intended.",
        "Este acordo interno paga créditos de serviço em dinheiro, o que áreas da mesma "
        "organização raramente trocam. Confirme que é intencional.",
    ),
    # Checks that run the calculators (calc_rules.py).
    "budget-below-minimum-outage-some-windows": Message(
        "warning",
        "Metric “{metric}”: {objective} % allows at most {budget} of downtime in {windows}, "
        "less than the minimum outage that counts ({minimum}). In those periods any counted "
        "outage breaks the target, in the others it does not: lower the objective or the "
        "minimum outage.",
        "Indicador “{metric}”: {objective} % permite no máximo {budget} de indisponibilidade "
        "em {windows}, menos que a interrupção mínima considerada ({minimum}). Nesses períodos "
        "qualquer interrupção contada descumpre a meta, nos demais não: reduza o objetivo ou a "
        "interrupção mínima.",
    ),
    "target-longer-than-window": Message(
        "warning",
        "Metric “{metric}”, priority “{priority}”: the target {target} is longer than the time "
        "a {window} counts ({available} in {when}), so a ticket cannot be opened and fall due "
        "in the same {window}. Shorten the target or say in which period such tickets count.",
        "Indicador “{metric}”, prioridade “{priority}”: a meta {target} é maior que o tempo "
        "contado em um {window} ({available} em {when}); um chamado não pode ser aberto e "
        "vencer no mesmo {window}. Reduza a meta ou diga em que período esses chamados contam.",
    ),
    "credit-while-objective-met": Message(
        "warning",
        "Credit schedule of “{metric}”: {result} meets the objective yet earns a credit of "
        "{credit} %. Make the credits start where the objective is missed.",
        "Tabela de créditos de “{metric}”: {result} cumpre o objetivo e ainda assim gera "
        "crédito de {credit} %. Faça os créditos começarem onde o objetivo é descumprido.",
    ),
    "downtime-band-gap-above-allowance": Message(
        "info",
        "Credit schedule of “{metric}”: downtime above {allowance} misses the objective in "
        "{when}, but the first downtime band starts at {first}, so up to there no credit is "
        "due. Start the first band at the allowance unless this margin is intended.",
        "Tabela de créditos de “{metric}”: indisponibilidade acima de {allowance} descumpre o "
        "objetivo em {when}, mas a primeira faixa começa em {first}; até lá não há crédito. "
        "Comece a primeira faixa no limite permitido, salvo se essa margem for intencional.",
    ),
}


def make(code: str, path: FieldPath, **params: Value) -> Finding:
    """Build the finding `code` at `path`, its texts filled with `params` in both languages."""
    entry = CATALOGUE[code]
    en = entry.en.format(**{k: value_text(v, "en") for k, v in params.items()})
    pt = entry.pt.format(**{k: value_text(v, "pt-BR") for k, v in params.items()})
    return Finding(entry.severity, code, path, en, pt)

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>BackupsDialog</name>
    <message>
        <source>automatic</source>
        <extracomment>Why each backup exists, as the list says it (translated in the dialog&apos;s context).</extracomment>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>von Ihnen angelegt</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>diary replaced by a restore</source>
        <translation>durch Wiederherstellung ersetztes Tagebuch</translation>
    </message>
    <message>
        <source>damaged diary, kept for rescue</source>
        <translation>beschädigtes Tagebuch, zur Rettung aufbewahrt</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>backdiary backs up your diary when you open it after a change, and keeps the newest backup of each of the last {d} days, {w} weeks and {m} months. Backups you make, and those made before an update or a restore, are never deleted. They are kept in {folder}.</source>
        <translation>backdiary sichert Ihr Tagebuch, wenn Sie es nach einer Änderung öffnen, und behält die neueste Sicherung jedes der letzten {d} Tage, {w} Wochen und {m} Monate. Sicherungen, die Sie selbst anlegen, und solche vor einem Update oder einer Wiederherstellung werden nie gelöscht. Sie liegen in {folder}.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>Auswahl &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Check diary</source>
        <translation>Tagebuch &amp;prüfen</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>There are no backups yet. Press Back up now to make one.</source>
        <translation>Es gibt noch keine Sicherungen. Drücken Sie „Jetzt sichern“, um eine anzulegen.</translation>
    </message>
    <message>
        <source>Backup made: {what}.</source>
        <translation>Sicherung erstellt: {what}.</translation>
    </message>
    <message>
        <source>The diary as it is now is kept in the backups folder, so nothing is lost. Entries made after this backup are not in it. backdiary will reopen the diary afterwards.</source>
        <translation>Das Tagebuch im jetzigen Zustand wird im Sicherungsordner aufbewahrt, es geht also nichts verloren. Einträge nach dieser Sicherung sind darin nicht enthalten. backdiary öffnet das Tagebuch danach neu.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source> The diary as it was is kept as {path}.</source>
        <translation> Das bisherige Tagebuch wird als {path} aufbewahrt.</translation>
    </message>
    <message>
        <source>The diary was restored from the backup of {what}.</source>
        <translation>Das Tagebuch wurde aus der Sicherung vom {what} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Check diary</source>
        <translation>Tagebuch prüfen</translation>
    </message>
    <message>
        <source>The diary is healthy: the check found no problems ({n:,} entries).</source>
        <translation>Das Tagebuch ist in Ordnung: Die Prüfung hat keine Probleme gefunden ({n:,} Einträge).</translation>
    </message>
    <message>
        <source>Problem: {first}</source>
        <translation>Problem: {first}</translation>
    </message>
    <message>
        <source>The check found a problem: {first}.

Your entries are probably still readable. You can restore a backup from the list, or rescue the readable entries into a new diary (the current file is kept in the backups folder).</source>
        <translation>Die Prüfung hat ein Problem gefunden: {first}.

Ihre Einträge sind wahrscheinlich noch lesbar. Sie können eine Sicherung aus der Liste wiederherstellen oder die lesbaren Einträge in ein neues Tagebuch retten (die jetzige Datei bleibt im Sicherungsordner).</translation>
    </message>
    <message>
        <source>Rescue entries into a new diary</source>
        <translation>Einträge in ein neues Tagebuch retten</translation>
    </message>
    <message>
        <source>Rescue entries</source>
        <translation>Einträge retten</translation>
    </message>
    <message>
        <source>{n:,} entries were rescued into a new diary. The previous file is kept as {path}. backdiary will reopen the diary now.</source>
        <translation>{n:,} Einträge wurden in ein neues Tagebuch gerettet. Die bisherige Datei wird als {path} aufbewahrt. backdiary öffnet das Tagebuch jetzt neu.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>No entries in this period</source>
        <extracomment>The modules whose ``tr()`` and ``N_()`` calls hold chart texts. Markers of the generated block (split so that they do not match themselves).</extracomment>
        <translation>Keine Einträge in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No cramp episodes in this period (only pain-free check-ins)</source>
        <translation>Keine Krampfepisoden in diesem Zeitraum (nur schmerzfreie Einträge)</translation>
    </message>
    <message>
        <source>NRS (0–10)</source>
        <translation>NRS (0–10)</translation>
    </message>
    <message>
        <source>NRS: numeric rating scale, 0 = no pain, 10 = worst pain imaginable.</source>
        <translation>NRS: numerische Rating-Skala, 0 = kein Schmerz, 10 = stärkster vorstellbarer Schmerz.</translation>
    </message>
    <message>
        <source>Pain intensity over time – weekly</source>
        <translation>Schmerzstärke im Verlauf – wöchentlich</translation>
    </message>
    <message>
        <source>Pain intensity over time – daily</source>
        <translation>Schmerzstärke im Verlauf – täglich</translation>
    </message>
    <message>
        <source>Each cell counts episodes (NRS 1–10) that began in that hour, local time (column 14 = 14:00–14:59); darker cells had more.</source>
        <translation>Jede Zelle zählt die Episoden (NRS 1–10), die in dieser Stunde begannen, Ortszeit (Spalte 14 = 14:00–14:59); dunklere Zellen hatten mehr.</translation>
    </message>
    <message>
        <source>When cramps happen: time of day and weekday</source>
        <translation>Wann Krämpfe auftreten: Tageszeit und Wochentag</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>worst NRS of the week</source>
        <translation>höchster NRS der Woche</translation>
    </message>
    <message>
        <source>worst NRS of the day</source>
        <translation>höchster NRS des Tages</translation>
    </message>
    <message>
        <source>mean NRS of the week</source>
        <translation>mittlerer NRS der Woche</translation>
    </message>
    <message>
        <source>mean NRS of the day</source>
        <translation>mittlerer NRS des Tages</translation>
    </message>
    <message>
        <source>Days with a pain-free check-in or a red-flag warning</source>
        <translation>Tage mit einem schmerzfreien Eintrag oder einer Warnung</translation>
    </message>
    <message>
        <source>Cramp episodes per week</source>
        <translation>Krampfepisoden pro Woche</translation>
    </message>
    <message>
        <source>Episode: an entry with NRS 1–10. Weeks run Monday–Sunday; the median duration counts only episodes with a duration recorded.</source>
        <translation>Episode: ein Eintrag mit NRS 1–10. Wochen laufen von Montag bis Sonntag; der Median der Dauer zählt nur Episoden mit erfasster Dauer.</translation>
    </message>
    <message>
        <source>Median episode duration per week</source>
        <translation>Median der Episodendauer pro Woche</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>episodes in the cell</source>
        <translation>Episoden in der Zelle</translation>
    </message>
    <message>
        <source>Episodes per hour of the day</source>
        <translation>Episoden pro Tagesstunde</translation>
    </message>
    <message>
        <source>Triggers and aggravating factors</source>
        <translation>Auslöser und verstärkende Faktoren</translation>
    </message>
    <message>
        <source>Mean pain of those episodes</source>
        <translation>Mittlerer Schmerz dieser Episoden</translation>
    </message>
    <message>
        <source>(front)</source>
        <translation>(vorn)</translation>
    </message>
    <message>
        <source>Where it hurts, seen from behind (share of episodes)</source>
        <translation>Wo es schmerzt, von hinten gesehen (Anteil der Episoden)</translation>
    </message>
    <message>
        <source>Where it hurts and how it feels</source>
        <translation>Wo es schmerzt und wie es sich anfühlt</translation>
    </message>
    <message>
        <source>Shares are of all episodes (NRS 1–10); an episode can have several locations and qualities, so they add up to more than 100%.</source>
        <translation>Anteile beziehen sich auf alle Episoden (NRS 1–10); eine Episode kann mehrere Stellen und Schmerzarten haben, daher ergeben sie zusammen mehr als 100 %.</translation>
    </message>
    <message>
        <source>How it feels</source>
        <translation>Wie es sich anfühlt</translation>
    </message>
    <message>
        <source>Relief tried and whether it helped</source>
        <translation>Versuchte Linderung und ob sie geholfen hat</translation>
    </message>
    <message>
        <source>“Helped” is recorded once per entry: when several kinds of relief were tried together, each is credited with that answer.</source>
        <translation>„Geholfen“ wird einmal pro Eintrag erfasst: Wurden mehrere Maßnahmen zusammen versucht, gilt die Antwort für jede von ihnen.</translation>
    </message>
    <message>
        <source>Pain by week of pregnancy</source>
        <translation>Schmerz nach Schwangerschaftswoche</translation>
    </message>
    <message>
        <source>Each point is one week (Mon–Sun).</source>
        <translation>Jeder Punkt ist eine Woche (Mo–So).</translation>
    </message>
    <message>
        <source>Each point is one day.</source>
        <translation>Jeder Punkt ist ein Tag.</translation>
    </message>
    <message>
        <source>Pain-free check-ins count as 0 in the mean.</source>
        <translation>Schmerzfreie Einträge zählen im Mittel als 0.</translation>
    </message>
    <message>
        <source>pain-free check-in</source>
        <translation>schmerzfreier Eintrag</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>episodes in the week</source>
        <translation>Episoden in der Woche</translation>
    </message>
    <message>
        <source>partial week (the range covers only part of it)</source>
        <translation>angebrochene Woche (nur teilweise im Zeitraum)</translation>
    </message>
    <message>
        <source>episodes per week</source>
        <translation>Episoden pro Woche</translation>
    </message>
    <message>
        <source>No durations recorded</source>
        <translation>Keine Dauer erfasst</translation>
    </message>
    <message>
        <source>hour of the day (start of the episode)</source>
        <translation>Tagesstunde (Beginn der Episode)</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>No triggers or aggravating factors recorded</source>
        <translation>Keine Auslöser oder verstärkenden Faktoren erfasst</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Triggers: none recorded</source>
        <translation>Auslöser: keine erfasst</translation>
    </message>
    <message>
        <source>Aggravating factors</source>
        <translation>Verstärkende Faktoren</translation>
    </message>
    <message>
        <source>Aggravating factors: none recorded</source>
        <translation>Verstärkende Faktoren: keine erfasst</translation>
    </message>
    <message>
        <source>episodes (share of all episodes)</source>
        <translation>Episoden (Anteil an allen Episoden)</translation>
    </message>
    <message>
        <source>mean NRS (0–10)</source>
        <translation>mittlerer NRS (0–10)</translation>
    </message>
    <message>
        <source>No relief recorded in this period</source>
        <translation>Keine Linderung in diesem Zeitraum erfasst</translation>
    </message>
    <message>
        <source>Relief is what was tried to ease a cramp.</source>
        <translation>Linderung ist, was versucht wurde, um einen Krampf zu lindern.</translation>
    </message>
    <message>
        <source>entries where it was tried (percentages: of the answered ones)</source>
        <translation>Einträge, in denen es versucht wurde (Prozent: von den beantworteten)</translation>
    </message>
    <message>
        <source>Weeks are completed weeks of gestation; trimesters: 0–13, 14–27, 28+.</source>
        <translation>Wochen sind vollendete Schwangerschaftswochen; Trimester: 0–13, 14–27, ab 28.</translation>
    </message>
    <message>
        <source>No entries during a recorded pregnancy in this period</source>
        <translation>Keine Einträge während einer erfassten Schwangerschaft in diesem Zeitraum</translation>
    </message>
    <message>
        <source>week of pregnancy (completed weeks)</source>
        <translation>Schwangerschaftswoche (vollendete Wochen)</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>{n}-week rolling mean</source>
        <translation>gleitendes Mittel über {n} Wochen</translation>
    </message>
    <message>
        <source>{n}-day rolling mean</source>
        <translation>gleitendes Mittel über {n} Tage</translation>
    </message>
    <message>
        <source>Entries on {day} (warning: {urgency})</source>
        <translation>Einträge am {day} (Warnung: {urgency})</translation>
    </message>
    <message>
        <source>median episode duration</source>
        <translation>Median der Episodendauer</translation>
    </message>
    <message>
        <source>week beginning (Monday)</source>
        <translation>Woche ab (Montag)</translation>
    </message>
    <message>
        <source>minutes
(median)</source>
        <translation>Minuten
(Median)</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Episodes: {name}</source>
        <translation>Episoden: {name}</translation>
    </message>
    <message>
        <source>Counts are episodes (NRS 1–10); an episode can have several aggravating factors.</source>
        <translation>Gezählt werden Episoden (NRS 1–10); eine Episode kann mehrere verstärkende Faktoren haben.</translation>
    </message>
    <message>
        <source>Episodes ({n} with no clear cause)</source>
        <translation>Episoden ({n} ohne klaren Auslöser)</translation>
    </message>
    <message>
        <source>No pregnancy is recorded in this diary</source>
        <translation>In diesem Tagebuch ist keine Schwangerschaft erfasst</translation>
    </message>
    <message>
        <source>Record a pregnancy (due date or first day of the last period) to see pain by week of pregnancy.</source>
        <translation>Erfassen Sie eine Schwangerschaft (Geburtstermin oder erster Tag der letzten Periode), um den Schmerz nach Schwangerschaftswoche zu sehen.</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Woche ab {day}</translation>
    </message>
    <message>
        <source>warning: {urgency}</source>
        <translation>Warnung: {urgency}</translation>
    </message>
    <message>
        <source>Pain-free check-ins, {day}</source>
        <translation>Schmerzfreie Einträge, {day}</translation>
    </message>
    <message>
        <source>Episodes in the week of {day}</source>
        <translation>Episoden in der Woche ab {day}</translation>
    </message>
    <message>
        <source>Episodes on {day} {hour}</source>
        <translation>Episoden am {day} {hour}</translation>
    </message>
    <message>
        <source>All {n} episodes in this period were logged without one.</source>
        <translation>Alle {n} Episoden in diesem Zeitraum wurden ohne eingetragen.</translation>
    </message>
    <message>
        <source>mean NRS ({pregnancy})</source>
        <translation>mittlerer NRS ({pregnancy})</translation>
    </message>
    <message>
        <source>pregnancy: {trimester}</source>
        <translation>Schwangerschaft: {trimester}</translation>
    </message>
    <message>
        <source>{n}-week average</source>
        <translation>Mittel über {n} Wochen</translation>
    </message>
    <message>
        <source>{weeks} above {limit} min not shown in full</source>
        <translation>{weeks} über {limit} Min. nicht vollständig gezeigt</translation>
    </message>
    <message>
        <source>Episodes with pain in: {name}</source>
        <translation>Episoden mit Schmerz in: {name}</translation>
    </message>
    <message>
        <source>helped {helped}%, somewhat {somewhat}%</source>
        <translation>geholfen {helped} %, etwas {somewhat} %</translation>
    </message>
    <message>
        <source>{pregnancy}: week {week}</source>
        <translation>{pregnancy}: Woche {week}</translation>
    </message>
    <message>
        <source>worst NRS</source>
        <translation>höchster NRS</translation>
    </message>
    <message>
        <source>{n} week</source>
        <translation>{n} Woche</translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>{n} Wochen</translation>
    </message>
    <message>
        <source>Tried: {relief}</source>
        <translation>Versucht: {relief}</translation>
    </message>
    <message>
        <source>worst NRS ({pregnancy})</source>
        <translation>höchster NRS ({pregnancy})</translation>
    </message>
    <message>
        <source>1st trimester</source>
        <translation>1. Trimester</translation>
    </message>
    <message>
        <source>2nd trimester</source>
        <translation>2. Trimester</translation>
    </message>
    <message>
        <source>3rd trimester</source>
        <translation>3. Trimester</translation>
    </message>
    <message>
        <source>helped</source>
        <translation>geholfen</translation>
    </message>
    <message>
        <source>helped somewhat</source>
        <translation>etwas geholfen</translation>
    </message>
    <message>
        <source>did not help</source>
        <translation>nicht geholfen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Pain over time</source>
        <translation>Schmerz im Verlauf</translation>
    </message>
    <message>
        <source>Episodes per week</source>
        <translation>Episoden pro Woche</translation>
    </message>
    <message>
        <source>Time of day and weekday</source>
        <translation>Tageszeit und Wochentag</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>No clear cause</source>
        <translation>Kein klarer Auslöser</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Lifting</source>
        <translation>Heben</translation>
    </message>
    <message>
        <source>Slip, trip or fall</source>
        <translation>Ausrutschen, Stolpern oder Sturz</translation>
    </message>
    <message>
        <source>Serious accident</source>
        <translation>Schwerer Unfall</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Left flank</source>
        <translation>Linke Flanke</translation>
    </message>
    <message>
        <source>Right flank</source>
        <translation>Rechte Flanke</translation>
    </message>
    <message>
        <source>Lower abdomen</source>
        <translation>Unterbauch</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Dumpf</translation>
    </message>
    <message>
        <source>Cramping</source>
        <translation>Krampfartig</translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation>Scharf</translation>
    </message>
    <message>
        <source>Stabbing</source>
        <translation>Stechend</translation>
    </message>
    <message>
        <source>Shooting</source>
        <translation>Einschießend</translation>
    </message>
    <message>
        <source>Throbbing</source>
        <translation>Pochend</translation>
    </message>
    <message>
        <source>Electric-shock-like</source>
        <translation>Wie ein Stromschlag</translation>
    </message>
    <message>
        <source>Stiff</source>
        <translation>Steif</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Druckempfindlich</translation>
    </message>
    <message>
        <source>Long sitting</source>
        <translation>Langes Sitzen</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Not enough to drink</source>
        <translation>Zu wenig getrunken</translation>
    </message>
    <message>
        <source>Poor sleep</source>
        <translation>Schlechter Schlaf</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Physio exercises</source>
        <translation>Physiotherapie-Übungen</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>Pain relief (medicine)</source>
        <translation>Schmerzmittel</translation>
    </message>
    <message>
        <source>for information</source>
        <translation>zur Information</translation>
    </message>
    <message>
        <source>see a GP</source>
        <translation>Hausarztpraxis</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>alle Daten</translation>
    </message>
    <message>
        <source>One point per day.</source>
        <translation>Ein Punkt pro Tag.</translation>
    </message>
    <message>
        <source>One point per week.</source>
        <translation>Ein Punkt pro Woche.</translation>
    </message>
    <message>
        <source>No entries in this period.</source>
        <translation>Keine Einträge in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No entries during a recorded pregnancy.</source>
        <translation>Keine Einträge während einer erfassten Schwangerschaft.</translation>
    </message>
    <message>
        <source>{pregnancies}, {weeks}.</source>
        <translation>{pregnancies}, {weeks}.</translation>
    </message>
    <message>
        <source>{n} entry</source>
        <translation>{n} Eintrag</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <source>Worst NRS {worst}, mean NRS {mean}. {pain_free}. {urgent} with urgent or emergency warnings.</source>
        <translation>Höchster NRS {worst}, mittlerer NRS {mean}. {pain_free}. {urgent} mit dringenden oder Notfall-Warnungen.</translation>
    </message>
    <message>
        <source>{per_week} episodes per week on average; most in the week of {day} ({n}).</source>
        <translation>Im Mittel {per_week} Episoden pro Woche; die meisten in der Woche ab {day} ({n}).</translation>
    </message>
    <message>
        <source>Most episodes start around {peak}; the busiest slot is {day} {hour} with {n}.</source>
        <translation>Die meisten Episoden beginnen gegen {peak}; am häufigsten {day} {hour} mit {n}.</translation>
    </message>
    <message>
        <source>Triggers: {triggers}. Aggravating factors: {factors}.</source>
        <translation>Auslöser: {triggers}. Verstärkende Faktoren: {factors}.</translation>
    </message>
    <message>
        <source>Locations: {locations}. Qualities: {qualities}.</source>
        <translation>Stellen: {locations}. Schmerzarten: {qualities}.</translation>
    </message>
    <message>
        <source>{relief} tried {tried}, helped {helped}</source>
        <translation>{relief} {tried}-mal versucht, {helped}-mal geholfen</translation>
    </message>
    <message>
        <source>No relief recorded</source>
        <translation>Keine Linderung erfasst</translation>
    </message>
    <message>
        <source>{n} pregnancy</source>
        <translation>{n} Schwangerschaft</translation>
    </message>
    <message>
        <source>{n} pregnancies</source>
        <translation>{n} Schwangerschaften</translation>
    </message>
    <message>
        <source>({episodes}, {check_ins})</source>
        <translation>({episodes}, {check_ins})</translation>
    </message>
    <message>
        <source>{n} pain-free day</source>
        <translation>{n} schmerzfreier Tag</translation>
    </message>
    <message>
        <source>{n} pain-free days</source>
        <translation>{n} schmerzfreie Tage</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>{n} episode</source>
        <translation>{n} Episode</translation>
    </message>
    <message>
        <source>{n} episodes</source>
        <translation>{n} Episoden</translation>
    </message>
    <message>
        <source>{n} pain-free check-in</source>
        <translation>{n} schmerzfreier Eintrag</translation>
    </message>
    <message>
        <source>{n} pain-free check-ins</source>
        <translation>{n} schmerzfreie Einträge</translation>
    </message>
    <message>
        <source>Other entries marked pregnant</source>
        <translation>Weitere als schwanger markierte Einträge</translation>
    </message>
    <message>
        <source>Entries marked pregnant</source>
        <translation>Als schwanger markierte Einträge</translation>
    </message>
    <message>
        <source>Pregnancy due {day}</source>
        <translation>Schwangerschaft, Termin {day}</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Last 7 days</source>
        <extracomment>Range presets: key, label, number of days ending today (None: no limit / custom).</extracomment>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>PNG image, 300 dpi (*.png)</source>
        <extracomment>Debounce of typed custom dates, in milliseconds.</extracomment>
        <translation>PNG-Bild, 300 dpi (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG-Vektorgrafik (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Which chart to show</source>
        <translation>Welches Diagramm angezeigt wird</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Save this chart as PNG (300 dpi), SVG or PDF</source>
        <translation>Dieses Diagramm als PNG (300 dpi), SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>&amp;List entries…</source>
        <translation>Einträge &amp;auflisten…</translation>
    </message>
    <message>
        <source>List the entries of this range</source>
        <translation>Die Einträge dieses Zeitraums auflisten</translation>
    </message>
    <message>
        <source>Char&amp;t:</source>
        <translation>Diagr&amp;amm:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Vo&amp;n:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Loading charts…</source>
        <translation>Diagramme werden geladen…</translation>
    </message>
    <message>
        <source>Click a point, bar or cell to list the entries behind it.</source>
        <translation>Klicken Sie auf einen Punkt, Balken oder eine Zelle, um die Einträge dahinter aufzulisten.</translation>
    </message>
    <message>
        <source>Chart status</source>
        <translation>Diagrammstatus</translation>
    </message>
    <message>
        <source>“From” is after “To”: choose an earlier From date.</source>
        <translation>„Von“ liegt nach „Bis“: Wählen Sie ein früheres Von-Datum.</translation>
    </message>
    <message>
        <source>All entries, {range}</source>
        <translation>Alle Einträge, {range}</translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}:
{reason}</source>
        <translation>Das Diagramm konnte nicht unter {path} gespeichert werden:
{reason}</translation>
    </message>
    <message>
        <source>Saved the chart to {path}</source>
        <translation>Diagramm gespeichert unter {path}</translation>
    </message>
    <message>
        <source>{day} {hour:02d}:00–{hour:02d}:59: {n} episodes (click to list them)</source>
        <translation>{day} {hour:02d}:00–{hour:02d}:59: {n} Episoden (klicken zum Auflisten)</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>When it began (date/time) *</source>
        <extracomment>Keys the CSV mapping step offers, with their labels (timestamp first: it is required).</extracomment>
        <translation>Beginn (Datum/Uhrzeit) *</translation>
    </message>
    <message>
        <source>Pain 0–10 (severity)</source>
        <translation>Schmerz 0–10 (Stärke)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Aggravating factors</source>
        <translation>Verstärkende Faktoren</translation>
    </message>
    <message>
        <source>Relief tried</source>
        <translation>Versuchte Linderung</translation>
    </message>
    <message>
        <source>Relief helped</source>
        <translation>Linderung hat geholfen</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Wo es schmerzt</translation>
    </message>
    <message>
        <source>What it felt like</source>
        <translation>Wie es sich anfühlte</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>ISO 8601 (2026-11-24 08:30, offsets kept)</source>
        <translation>ISO 8601 (2026-11-24 08:30, Zeitzonen bleiben erhalten)</translation>
    </message>
    <message>
        <source>Unix time in milliseconds</source>
        <translation>Unix-Zeit in Millisekunden</translation>
    </message>
    <message>
        <source>Unix time in seconds</source>
        <translation>Unix-Zeit in Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importieren)</translation>
    </message>
    <message>
        <source>(all rows)</source>
        <translation>(alle Zeilen)</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>CSV-Datei importieren</translation>
    </message>
    <message>
        <source>{0}: {1} rows, {2} columns, read as {3}.</source>
        <translation>{0}: {1} Zeilen, {2} Spalten, gelesen als {3}.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Welche Spalte was enthält</translation>
    </message>
    <message>
        <source>Column for {0}</source>
        <translation>Spalte für {0}</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>iso: ISO 8601 such as 2026-11-24T08:30 (an offset such as +01:00 is kept). epoch_s / epoch_ms: Unix time in seconds or milliseconds, shown in local time. Or a pattern such as %d.%m.%Y, %d/%m/%y %H:%M or %d %b %Y (also reads &apos;22nd Sep 2020&apos;). A date without a time is placed at 12:00.</source>
        <translation>iso: ISO 8601, z. B. 2026-11-24T08:30 (ein Versatz wie +01:00 bleibt erhalten). epoch_s / epoch_ms: Unix-Zeit in Sekunden oder Millisekunden, in Ortszeit angezeigt. Oder ein Muster wie %d.%m.%Y, %d/%m/%y %H:%M oder %d %b %Y (liest auch englische Angaben wie &apos;22nd Sep 2020&apos;). Ein Datum ohne Uhrzeit wird auf 12:00 gesetzt.</translation>
    </message>
    <message>
        <source>0 to </source>
        <translation>0 bis </translation>
    </message>
    <message>
        <source>Severity scale maximum</source>
        <translation>Höchstwert der Schmerzskala</translation>
    </message>
    <message>
        <source>Unit of the duration column</source>
        <translation>Einheit der Dauer-Spalte</translation>
    </message>
    <message>
        <source>Only rows where this column</source>
        <translation>Nur Zeilen, in denen diese Spalte</translation>
    </message>
    <message>
        <source>equals this (* matches any text)</source>
        <translation>gleich diesem Wert ist (* passt auf jeden Text)</translation>
    </message>
    <message>
        <source>Only rows with this value</source>
        <translation>Nur Zeilen mit diesem Wert</translation>
    </message>
    <message>
        <source>Dates are written as</source>
        <translation>Datumsangaben sind geschrieben als</translation>
    </message>
    <message>
        <source>Severity scale</source>
        <translation>Schmerzskala</translation>
    </message>
    <message>
        <source>Durations are in</source>
        <translation>Dauern sind in</translation>
    </message>
    <message>
        <source>Only rows where</source>
        <translation>Nur Zeilen, in denen</translation>
    </message>
    <message>
        <source>This is backdiary&apos;s own CSV: no mapping is needed.</source>
        <translation>Dies ist backdiarys eigenes CSV-Format: Es ist keine Zuordnung nötig.</translation>
    </message>
    <message>
        <source>Skip invalid rows (import only the valid ones)</source>
        <translation>Ungültige Zeilen überspringen (nur gültige importieren)</translation>
    </message>
    <message>
        <source>Skip invalid rows</source>
        <translation>Ungültige Zeilen überspringen</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Datei prüfen</translation>
    </message>
    <message>
        <source>Check every row of the file</source>
        <translation>Jede Zeile der Datei prüfen</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>Die gültigen Zeilen importieren</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Press “Check the file” to check every row with these choices.</source>
        <translation>Drücken Sie „Datei prüfen“, um jede Zeile mit diesen Einstellungen zu prüfen.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>{0} rows can be imported.</source>
        <translation>{0} Zeilen können importiert werden.</translation>
    </message>
    <message>
        <source>{0} rows do not match the filter and are left out.</source>
        <translation>{0} Zeilen passen nicht zum Filter und werden ausgelassen.</translation>
    </message>
    <message>
        <source>{0} rows are invalid. Nothing is imported until they are corrected, unless you tick “Skip invalid rows”:</source>
        <translation>{0} Zeilen sind ungültig. Es wird nichts importiert, bis sie korrigiert sind, außer Sie wählen „Ungültige Zeilen überspringen“:</translation>
    </message>
</context>
<context>
    <name>DataIO</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <source>The export was not saved</source>
        <translation>Der Export wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Choose another folder, or free some disk space, and try again.</source>
        <translation>Wählen Sie einen anderen Ordner oder schaffen Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Export saved</source>
        <translation>Export gespeichert</translation>
    </message>
    <message>
        <source>Saved {0} entries to {1}.

The file is not encrypted: keep it safe.</source>
        <translation>{0} Einträge in {1} gespeichert.

Die Datei ist nicht verschlüsselt: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Diese Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Check that it is a CSV file, or save it again from the app that made it.</source>
        <translation>Prüfen Sie, ob es eine CSV-Datei ist, oder speichern Sie sie in der App, die sie erstellt hat, erneut.</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Textkodierung</translation>
    </message>
    <message>
        <source>{0} is not UTF-8 text. Older Windows programs save Western European text as Windows-1252. Read it that way? (Check the preview: letters like ä, é or ß must look right.)</source>
        <translation>{0} ist kein UTF-8-Text. Ältere Windows-Programme speichern westeuropäischen Text als Windows-1252. So lesen? (Prüfen Sie die Vorschau: Buchstaben wie ä, é oder ß müssen richtig aussehen.)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Nothing was imported. Use a file exported by backdiary, or correct the problem named above.</source>
        <translation>Es wurde nichts importiert. Verwenden Sie eine von backdiary exportierte Datei oder beheben Sie das oben genannte Problem.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing {n} entries and checking their warnings…</source>
        <extracomment>Files with up to this many rows are checked again after every change in the mapping.</extracomment>
        <translation>{n} Einträge werden importiert und ihre Warnungen geprüft…</translation>
    </message>
    <message>
        <source>Import {0} entries from {1}? Entries already in the diary are skipped.</source>
        <translation>{0} Einträge aus {1} importieren? Einträge, die schon im Tagebuch sind, werden übersprungen.</translation>
    </message>
    <message>
        <source>Your own profile was kept; the file&apos;s profile was not imported.</source>
        <translation>Ihr eigenes Profil wurde beibehalten; das Profil aus der Datei wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Import entries</source>
        <translation>Einträge importieren</translation>
    </message>
    <message>
        <source>Diary files (*.json *.csv *.txt);;JSON (*.json);;CSV (*.csv *.txt);;All files (*)</source>
        <translation>Tagebuchdateien (*.json *.csv *.txt);;JSON (*.json);;CSV (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>backdiary imports files up to {0}.</source>
        <translation>backdiary importiert Dateien bis {0}.</translation>
    </message>
    <message>
        <source>Some files were not deleted</source>
        <translation>Einige Dateien wurden nicht gelöscht</translation>
    </message>
    <message>
        <source>Close backdiary and delete them yourself, or try again.</source>
        <translation>Schließen Sie backdiary und löschen Sie sie selbst, oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your data was deleted</source>
        <translation>Ihre Daten wurden gelöscht</translation>
    </message>
    <message>
        <source>The diary, its backups and settings were deleted ({0} items).</source>
        <translation>Das Tagebuch, seine Sicherungen und die Einstellungen wurden gelöscht ({0} Objekte).</translation>
    </message>
    <message>
        <source>Exports you saved elsewhere (PDF reports, JSON or CSV files) are not deleted; remove them yourself if you no longer want them.</source>
        <translation>Exporte, die Sie anderswo gespeichert haben (PDF-Berichte, JSON- oder CSV-Dateien), werden nicht gelöscht; entfernen Sie sie selbst, wenn Sie sie nicht mehr möchten.</translation>
    </message>
</context>
<context>
    <name>DateFilter</name>
    <message>
        <source>Limit: {label}</source>
        <translation>Begrenzen: {label}</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>(nothing found)</source>
        <translation>(nichts gefunden)</translation>
    </message>
    <message>
        <source>This deletes your diary for good: every entry, the profile and pregnancies, all automatic backups, the logs and your settings:

{0}

It cannot be undone. Exports you saved elsewhere (PDF reports, JSON or CSV files) are not deleted; remove them yourself if you no longer want them.</source>
        <translation>Damit wird Ihr Tagebuch endgültig gelöscht: jeder Eintrag, das Profil und die Schwangerschaften, alle automatischen Sicherungen, die Protokolle und Ihre Einstellungen:

{0}

Das lässt sich nicht rückgängig machen. Exporte, die Sie anderswo gespeichert haben (PDF-Berichte, JSON- oder CSV-Dateien), werden nicht gelöscht; entfernen Sie sie selbst, wenn Sie sie nicht mehr möchten.</translation>
    </message>
    <message>
        <source>Type DELETE to confirm</source>
        <translation>Zum Bestätigen DELETE eingeben</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Delete everything for good</source>
        <translation>Alles endgültig löschen</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Meine Daten behalten</translation>
    </message>
    <message>
        <source>Type {0} to confirm:</source>
        <translation>Zum Bestätigen {0} eingeben:</translation>
    </message>
</context>
<context>
    <name>DiaryProblem</name>
    <message>
        <source>{when}, unreadable</source>
        <translation>{when}, nicht lesbar</translation>
    </message>
    <message>
        <source>{when}, 1 entry</source>
        <translation>{when}, 1 Eintrag</translation>
    </message>
    <message>
        <source>{when}, {count} entries</source>
        <translation>{when}, {count} Einträge</translation>
    </message>
    <message>
        <source>backdiary has not changed it.</source>
        <translation>backdiary hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>Your newest backup ({backup}) is safe and can be restored.</source>
        <translation>Ihre neueste Sicherung ({backup}) ist unversehrt und kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Diary folder not found</source>
        <translation>Tagebuch-Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>The diary folder {folder} does not exist. If your diary is on a USB stick, an external disk or a network drive, it may not be connected.</source>
        <translation>Der Tagebuch-Ordner {folder} existiert nicht. Wenn Ihr Tagebuch auf einem USB-Stick, einer externen Festplatte oder einem Netzlaufwerk liegt, ist es vielleicht nicht angeschlossen.</translation>
    </message>
    <message>
        <source>Nothing was created or changed. Connect the drive and try again.</source>
        <translation>Es wurde nichts angelegt oder verändert. Schließen Sie das Laufwerk an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Diary folder is read-only</source>
        <translation>Tagebuch-Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>backdiary cannot write in the diary folder {folder}: it is read-only (a write-protected drive, or no permission to write there).</source>
        <translation>backdiary kann im Tagebuch-Ordner {folder} nicht schreiben: Er ist schreibgeschützt (ein schreibgeschütztes Laufwerk oder keine Schreibberechtigung).</translation>
    </message>
    <message>
        <source>Your diary has not been changed. Make the folder writable (or copy it to a folder you can write to and open that one), then try again.</source>
        <translation>Ihr Tagebuch wurde nicht verändert. Machen Sie den Ordner beschreibbar (oder kopieren Sie ihn in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie diesen) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Diary file is read-only</source>
        <translation>Tagebuch-Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Your entries are safe and unchanged. Make the file writable (for example: chmod u+w {file}), then try again.</source>
        <translation>Ihre Einträge sind sicher und unverändert. Machen Sie die Datei beschreibbar (zum Beispiel: chmod u+w {file}) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Diary file missing</source>
        <translation>Tagebuch-Datei fehlt</translation>
    </message>
    <message>
        <source>The diary file is missing from {folder}, but backups of it are there. backdiary has not created a new, empty diary in its place.</source>
        <translation>Die Tagebuch-Datei fehlt in {folder}, aber Sicherungen davon sind vorhanden. backdiary hat kein neues, leeres Tagebuch an ihre Stelle gesetzt.</translation>
    </message>
    <message>
        <source>Diary file is empty</source>
        <translation>Tagebuch-Datei ist leer</translation>
    </message>
    <message>
        <source>The diary file {db} is empty (0 bytes), so it holds no entries. This can happen after a crash or when the disk was full.</source>
        <translation>Die Tagebuch-Datei {db} ist leer (0 Byte) und enthält daher keine Einträge. Das kann nach einem Absturz oder bei voller Festplatte passieren.</translation>
    </message>
    <message>
        <source>The diary file {db} is read-only, so backdiary cannot save new entries in it.</source>
        <translation>Die Tagebuch-Datei {db} ist schreibgeschützt, daher kann backdiary keine neuen Einträge darin speichern.</translation>
    </message>
    <message>
        <source>The diary file {db} is empty (a database without any tables), so it holds no entries. This can happen after a crash or when the disk was full.</source>
        <translation>Die Tagebuch-Datei {db} ist leer (eine Datenbank ganz ohne Tabellen) und enthält daher keine Einträge. Das kann nach einem Absturz oder bei voller Festplatte passieren.</translation>
    </message>
    <message>
        <source>Not a diary file</source>
        <translation>Keine Tagebuch-Datei</translation>
    </message>
    <message>
        <source>The diary file {db} is not a database: it was overwritten, or it is a different kind of file.</source>
        <translation>Die Tagebuch-Datei {db} ist keine Datenbank: Sie wurde überschrieben oder ist eine andere Art von Datei.</translation>
    </message>
    <message>
        <source>Diary file is damaged</source>
        <translation>Tagebuch-Datei ist beschädigt</translation>
    </message>
    <message>
        <source>The diary file {db} is damaged. This can happen after a power cut, a full or failing disk, or when another program changed it.</source>
        <translation>Die Tagebuch-Datei {db} ist beschädigt. Das kann nach einem Stromausfall, bei voller oder defekter Festplatte oder durch ein anderes Programm passieren.</translation>
    </message>
    <message>
        <source>Readable entries can still be rescued from it.</source>
        <translation>Lesbare Einträge können noch daraus gerettet werden.</translation>
    </message>
    <message>
        <source>File of another program</source>
        <translation>Datei eines anderen Programms</translation>
    </message>
    <message>
        <source>The file {db} belongs to another program: it is a database, but not a backdiary diary.</source>
        <translation>Die Datei {db} gehört zu einem anderen Programm: Sie ist eine Datenbank, aber kein backdiary-Tagebuch.</translation>
    </message>
    <message>
        <source>Perhaps this folder was chosen by mistake, or another program saved its file under the diary&apos;s name.</source>
        <translation>Vielleicht wurde dieser Ordner versehentlich gewählt, oder ein anderes Programm hat seine Datei unter dem Namen des Tagebuchs gespeichert.</translation>
    </message>
    <message>
        <source>Your diary may be in another folder.</source>
        <translation>Ihr Tagebuch liegt vielleicht in einem anderen Ordner.</translation>
    </message>
    <message>
        <source>backdiary {version}</source>
        <translation>backdiary {version}</translation>
    </message>
    <message>
        <source>a newer version of backdiary</source>
        <translation>einer neueren Version von backdiary</translation>
    </message>
    <message>
        <source>Install {by} or newer again to use it.</source>
        <translation>Um es zu verwenden, installieren Sie wieder die Version, mit der es zuletzt geöffnet wurde ({by}), oder eine neuere.</translation>
    </message>
    <message>
        <source>Or restore a backup made with this version; entries added since are not in it.</source>
        <translation>Oder stellen Sie eine mit dieser Version gemachte Sicherung wieder her; seither hinzugefügte Einträge sind darin nicht enthalten.</translation>
    </message>
    <message>
        <source>Diary from a newer backdiary</source>
        <translation>Tagebuch aus einem neueren backdiary</translation>
    </message>
    <message>
        <source>This diary was last used by {by} (schema {revision}), which this version ({version}) cannot read safely.</source>
        <translation>Dieses Tagebuch wurde zuletzt mit {by} verwendet (Schema {revision}), das diese Version ({version}) nicht sicher lesen kann.</translation>
    </message>
    <message>
        <source>Diary in use</source>
        <translation>Tagebuch wird verwendet</translation>
    </message>
    <message>
        <source>Another program is using the diary file right now, so backdiary cannot open it. Nothing has been changed.</source>
        <translation>Ein anderes Programm verwendet die Tagebuch-Datei gerade, daher kann backdiary sie nicht öffnen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Close the other program – for example a database tool, or a backdiary started from a terminal – then try again.</source>
        <translation>Schließen Sie das andere Programm – zum Beispiel ein Datenbank-Werkzeug oder ein im Terminal gestartetes backdiary – und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Diary cannot be read</source>
        <translation>Tagebuch kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The diary file {db} could not be read.</source>
        <translation>Die Tagebuch-Datei {db} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>If it is on a removable or network drive, check that the drive is connected; check the file&apos;s permissions; then try again.</source>
        <translation>Wenn sie auf einem Wechsel- oder Netzlaufwerk liegt, prüfen Sie, ob das Laufwerk angeschlossen ist; prüfen Sie die Berechtigungen der Datei; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Update postponed</source>
        <translation>Aktualisierung verschoben</translation>
    </message>
    <message>
        <source>This version of backdiary needs to update the diary&apos;s format, but could not make a backup first, so it has not updated it. Nothing has been changed.</source>
        <translation>Diese Version von backdiary muss das Format des Tagebuchs aktualisieren, konnte aber vorher keine Sicherung anlegen und hat es deshalb nicht aktualisiert. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Free some disk space or check the backups folder&apos;s permissions, then try again.</source>
        <translation>Schaffen Sie Platz auf der Festplatte oder prüfen Sie die Berechtigungen des Sicherungsordners und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A backup was made before the attempt: {kept}.</source>
        <translation>Vor dem Versuch wurde eine Sicherung angelegt: {kept}.</translation>
    </message>
    <message>
        <source>Update failed</source>
        <translation>Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>backdiary could not update the diary to this version. The update was undone completely: the diary is exactly as it was.</source>
        <translation>backdiary konnte das Tagebuch nicht auf diese Version aktualisieren. Die Aktualisierung wurde vollständig rückgängig gemacht: Das Tagebuch ist genau wie vorher.</translation>
    </message>
    <message>
        <source>Please report this problem; until it is fixed, the previous version of backdiary can still open the diary.</source>
        <translation>Bitte melden Sie dieses Problem; bis es behoben ist, kann die vorherige Version von backdiary das Tagebuch weiterhin öffnen.</translation>
    </message>
    <message>
        <source>Once the drive is connected.</source>
        <translation>Sobald das Laufwerk angeschlossen ist.</translation>
    </message>
    <message>
        <source>Once the folder can be written to.</source>
        <translation>Sobald in den Ordner geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Once the file can be written to.</source>
        <translation>Sobald in die Datei geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Once the other program is closed.</source>
        <translation>Sobald das andere Programm geschlossen ist.</translation>
    </message>
    <message>
        <source>Once the drive is connected and the file can be read.</source>
        <translation>Sobald das Laufwerk angeschlossen ist und die Datei gelesen werden kann.</translation>
    </message>
    <message>
        <source>Once there is free space for the backup.</source>
        <translation>Sobald Platz für die Sicherung frei ist.</translation>
    </message>
    <message>
        <source>If it fails again, the diary still stays as it is.</source>
        <translation>Schlägt es wieder fehl, bleibt das Tagebuch trotzdem, wie es ist.</translation>
    </message>
    <message>
        <source>Restore the newest backup ({backup})</source>
        <translation>Neueste Sicherung wiederherstellen ({backup})</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The current {file} is kept in the backups folder, untouched. Entries made after the backup are not in it.</source>
        <translation>Die aktuelle {file} wird unverändert im Sicherungsordner aufbewahrt. Einträge nach der Sicherung sind darin nicht enthalten.</translation>
    </message>
    <message>
        <source>Rescue the readable entries into a new diary</source>
        <translation>Lesbare Einträge in ein neues Tagebuch retten</translation>
    </message>
    <message>
        <source>Entries that can still be read are copied into a fresh diary; the damaged file is kept in the backups folder.</source>
        <translation>Noch lesbare Einträge werden in ein frisches Tagebuch kopiert; die beschädigte Datei wird im Sicherungsordner aufbewahrt.</translation>
    </message>
    <message>
        <source>The current file is kept in the backups folder, untouched.</source>
        <translation>Die aktuelle Datei wird unverändert im Sicherungsordner aufbewahrt.</translation>
    </message>
    <message>
        <source>Your backups stay where they are.</source>
        <translation>Ihre Sicherungen bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Start a new, empty diary</source>
        <translation>Ein neues, leeres Tagebuch beginnen</translation>
    </message>
    <message>
        <source>Create the folder and start a new diary there</source>
        <translation>Ordner anlegen und dort ein neues Tagebuch beginnen</translation>
    </message>
    <message>
        <source>Creates {folder}.</source>
        <translation>Legt {folder} an.</translation>
    </message>
    <message>
        <source>Open a diary in another folder…</source>
        <translation>Ein Tagebuch in einem anderen Ordner öffnen …</translation>
    </message>
    <message>
        <source>For example a diary on another drive, or an empty folder.</source>
        <translation>Zum Beispiel ein Tagebuch auf einem anderen Laufwerk oder einen leeren Ordner.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Disclaimer</name>
    <message>
        <source>backdiary does not diagnose. Its warnings follow published guidance; if you are worried, contact a clinician.</source>
        <translation>backdiary stellt keine Diagnosen. Seine Warnungen folgen veröffentlichten Leitlinien; wenn Sie besorgt sind, wenden Sie sich an medizinisches Fachpersonal.</translation>
    </message>
</context>
<context>
    <name>EncryptionBox</name>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Encryption protects the diary file and its backups when someone copies them or gets hold of your computer or disk. It does not protect the diary while backdiary has it open, nor files you export (they are plain files). A forgotten passphrase cannot be recovered.</source>
        <translation>Die Verschlüsselung schützt die Tagebuchdatei und ihre Sicherungen, wenn jemand sie kopiert oder Ihren Computer oder Ihre Festplatte in die Hände bekommt. Sie schützt das Tagebuch nicht, solange backdiary es geöffnet hat, und auch keine exportierten Dateien (das sind unverschlüsselte Dateien). Eine vergessene Passphrase lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Encrypt the diary…</source>
        <translation>Tagebuch &amp;verschlüsseln…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>&amp;Decrypt…</source>
        <translation>&amp;Entschlüsseln…</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase on this computer</source>
        <translation>Passphrase auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <source>Stored in the system keyring, never in a file of backdiary&apos;s. Anyone who can use your account on this computer can then open the diary without typing it.</source>
        <translation>Sie wird im Schlüsselbund des Systems gespeichert, nie in einer Datei von backdiary. Wer Ihr Benutzerkonto auf diesem Computer benutzen kann, kann das Tagebuch dann ohne Eingabe öffnen.</translation>
    </message>
    <message>
        <source>Remembering the passphrase is not available: {reason}.</source>
        <translation>Die Passphrase kann nicht gemerkt werden: {reason}.</translation>
    </message>
    <message>
        <source>Encryption is not available on this computer: {reason}.</source>
        <translation>Verschlüsselung ist auf diesem Computer nicht verfügbar: {reason}.</translation>
    </message>
    <message>
        <source>This diary is encrypted with a passphrase (SQLCipher, AES-256); its backups are encrypted too.</source>
        <translation>Dieses Tagebuch ist mit einer Passphrase verschlüsselt (SQLCipher, AES-256); seine Sicherungen sind ebenfalls verschlüsselt.</translation>
    </message>
    <message>
        <source>This diary is not encrypted: anyone who can read your files can read it.</source>
        <translation>Dieses Tagebuch ist nicht verschlüsselt: Wer Ihre Dateien lesen kann, kann es lesen.</translation>
    </message>
    <message>
        <source>The passphrase could not be remembered: {reason}.</source>
        <translation>Die Passphrase konnte nicht gemerkt werden: {reason}.</translation>
    </message>
    <message>
        <source>The diary ({n:,} entries) and {b} backups are now encrypted.</source>
        <translation>Das Tagebuch ({n:,} Einträge) und {b} Sicherungen sind jetzt verschlüsselt.</translation>
    </message>
    <message>
        <source>The diary ({n:,} entries) and {b} backups now open with the new passphrase.</source>
        <translation>Das Tagebuch ({n:,} Einträge) und {b} Sicherungen öffnen sich jetzt mit der neuen Passphrase.</translation>
    </message>
    <message>
        <source>The diary ({n:,} entries) and {b} backups are no longer encrypted.</source>
        <translation>Das Tagebuch ({n:,} Einträge) und {b} Sicherungen sind nicht mehr verschlüsselt.</translation>
    </message>
    <message>
        <source>{n} backup files could not be read, so they could not be converted; they were overwritten and deleted: {names}.</source>
        <translation>{n} Sicherungsdateien konnten nicht gelesen und daher nicht umgewandelt werden; sie wurden überschrieben und gelöscht: {names}.</translation>
    </message>
    <message>
        <source>Exports you made before are not encrypted.</source>
        <translation>Früher erstellte Exporte sind nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>backdiary reopens the diary now.</source>
        <translation>backdiary öffnet das Tagebuch jetzt neu.</translation>
    </message>
    <message>
        <source>Encrypt the diary</source>
        <translation>Tagebuch verschlüsseln</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Decrypt the diary</source>
        <translation>Tagebuch entschlüsseln</translation>
    </message>
    <message>
        <source>Remove the encryption? The diary and its backups are then plain files that anyone who can read your files can open.</source>
        <translation>Verschlüsselung entfernen? Das Tagebuch und seine Sicherungen sind dann unverschlüsselte Dateien, die jeder öffnen kann, der Ihre Dateien lesen kann.</translation>
    </message>
    <message>
        <source>Remember the passphrase</source>
        <translation>Passphrase merken</translation>
    </message>
</context>
<context>
    <name>EntriesDialog</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>NRS</source>
        <translation>NRS</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Entries behind the chart element</source>
        <translation>Einträge hinter dem Diagrammelement</translation>
    </message>
    <message>
        <source>{n} entry</source>
        <translation>{n} Eintrag</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <source>0 (pain-free)</source>
        <translation>0 (schmerzfrei)</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Numbness or tingling around the genitals, bottom or inner thighs</source>
        <extracomment>Red-flag yes/no questions, worded &quot;new, and not normal for you&quot;. Clinical text: a clinician must review this translation.</extracomment>
        <translation>Taubheit oder Kribbeln im Genitalbereich, am Gesäß oder an den Innenseiten der Oberschenkel</translation>
    </message>
    <message>
        <source>New difficulty peeing, or loss of bladder control</source>
        <extracomment>Clinical text: a clinician must review this translation.</extracomment>
        <translation>Neue Schwierigkeiten beim Wasserlassen oder Verlust der Blasenkontrolle</translation>
    </message>
    <message>
        <source>New loss of bowel control or feeling</source>
        <extracomment>Clinical text: a clinician must review this translation.</extracomment>
        <translation>Neuer Verlust der Kontrolle über den Stuhlgang oder des Gefühls dafür</translation>
    </message>
    <message>
        <source>New loss of feeling in the genitals, or erection problems</source>
        <extracomment>Clinical text: a clinician must review this translation.</extracomment>
        <translation>Neuer Gefühlsverlust im Genitalbereich oder Erektionsprobleme</translation>
    </message>
    <message>
        <source>Weight loss you cannot explain</source>
        <extracomment>Clinical text: a clinician must review this translation.</extracomment>
        <translation>Gewichtsverlust, den Sie sich nicht erklären können</translation>
    </message>
    <message>
        <source>Chest pain</source>
        <extracomment>Clinical text: a clinician must review this translation.</extracomment>
        <translation>Schmerzen in der Brust</translation>
    </message>
    <message>
        <source>A new lump or change in the shape of the back</source>
        <extracomment>Clinical text: a clinician must review this translation.</extracomment>
        <translation>Eine neue Beule oder eine Veränderung der Form des Rückens</translation>
    </message>
    <message>
        <source>A gush or trickle of fluid from the vagina</source>
        <extracomment>Clinical text: a clinician must review this translation.</extracomment>
        <translation>Ein Schwall oder Tröpfeln von Flüssigkeit aus der Scheide</translation>
    </message>
    <message>
        <source>Pressure low in the pelvis, or period-type pain</source>
        <extracomment>Clinical text: a clinician must review this translation.</extracomment>
        <translation>Druck tief im Becken oder periodenähnliche Schmerzen</translation>
    </message>
    <message>
        <source>Pain in the tip of the shoulder</source>
        <extracomment>Clinical text: a clinician must review this translation.</extracomment>
        <translation>Schmerzen in der Schulterspitze</translation>
    </message>
    <message>
        <source>Pain low down on one side of the tummy</source>
        <extracomment>Clinical text: a clinician must review this translation.</extracomment>
        <translation>Schmerzen tief unten auf einer Seite des Bauchs</translation>
    </message>
    <message>
        <source>Feeling dizzy or faint</source>
        <extracomment>Clinical text: a clinician must review this translation.</extracomment>
        <translation>Schwindel oder das Gefühl, ohnmächtig zu werden</translation>
    </message>
    <message>
        <source>Baby moving less than usual</source>
        <extracomment>Clinical text: a clinician must review this translation.</extracomment>
        <translation>Das Baby bewegt sich weniger als sonst</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <extracomment>How many of the user&apos;s own tags (beyond the suggestions) get a button. How many recent entries decide which causes, places and kinds of pain come first.</extracomment>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>Wann es begann</translation>
    </message>
    <message>
        <source>&amp;When it started</source>
        <translation>&amp;Wann es begann</translation>
    </message>
    <message>
        <source>&amp;Pain (0–10)</source>
        <translation>&amp;Schmerz (0–10)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>Lowest value means not recorded. Cramp started and ended in the tray fill it.</source>
        <translation>Der niedrigste Wert bedeutet: nicht erfasst. „Krampf begann“ und „Krampf endete“ im Infobereich füllen ihn aus.</translation>
    </message>
    <message>
        <source>Onset not recorded</source>
        <translation>Beginn nicht erfasst</translation>
    </message>
    <message>
        <source>How it started</source>
        <translation>Wie es begann</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>Pregnancy week</source>
        <translation>Schwangerschaftswoche</translation>
    </message>
    <message>
        <source>Same as last time</source>
        <translation>Wie beim letzten Mal</translation>
    </message>
    <message>
        <source>Copy cause, places, kind of pain and factors of your last episode (Ctrl+L)</source>
        <translation>Auslöser, Stellen, Schmerzart und Faktoren der letzten Episode übernehmen (Strg+L)</translation>
    </message>
    <message>
        <source>No earlier episode to copy yet.</source>
        <translation>Noch keine frühere Episode zum Übernehmen.</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>What set it off?</source>
        <translation>Was hat es ausgelöst?</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Where did it hurt?</source>
        <translation>Wo tat es weh?</translation>
    </message>
    <message>
        <source>What it felt like</source>
        <translation>Wie es sich anfühlte</translation>
    </message>
    <message>
        <source>What did it feel like?</source>
        <translation>Wie hat es sich angefühlt?</translation>
    </message>
    <message>
        <source>Nerve symptoms</source>
        <translation>Nervensymptome</translation>
    </message>
    <message>
        <source>In back or legs</source>
        <translation>In Rücken oder Beinen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Pain, numbness or tingling spreading into the legs</source>
        <translation>Schmerz, Taubheit oder Kribbeln, das in die Beine ausstrahlt</translation>
    </message>
    <message>
        <source>Spreading into the &amp;legs</source>
        <translation>Ausstrahlung in die &amp;Beine</translation>
    </message>
    <message>
        <source>Feverish or shivery</source>
        <translation>Fiebrig oder fröstelnd</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>Temperature in degrees Celsius</source>
        <translation>Temperatur in Grad Celsius</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>Durchfall</translation>
    </message>
    <message>
        <source>Worse at night, or not eased by rest</source>
        <translation>Nachts schlimmer oder in Ruhe nicht besser</translation>
    </message>
    <message>
        <source>Other symptoms</source>
        <translation>Weitere Beschwerden</translation>
    </message>
    <message>
        <source>Made it worse</source>
        <translation>Hat es verschlimmert</translation>
    </message>
    <message>
        <source>What made it worse?</source>
        <translation>Was hat es verschlimmert?</translation>
    </message>
    <message>
        <source>Relief tried</source>
        <translation>Versuchte Linderung</translation>
    </message>
    <message>
        <source>Did it help? (not recorded)</source>
        <translation>Hat es geholfen? (nicht erfasst)</translation>
    </message>
    <message>
        <source>Did the relief help?</source>
        <translation>Hat die Linderung geholfen?</translation>
    </message>
    <message>
        <source>What did you try?</source>
        <translation>Was haben Sie versucht?</translation>
    </message>
    <message>
        <source>Medicines taken</source>
        <translation>Eingenommene Medikamente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>More questions: warning signs</source>
        <translation>Weitere Fragen: Warnzeichen</translation>
    </message>
    <message>
        <source>Show more questions about warning signs</source>
        <translation>Weitere Fragen zu Warnzeichen anzeigen</translation>
    </message>
    <message>
        <source>Only tick what is new, and not normal for you</source>
        <translation>Kreuzen Sie nur an, was neu und für Sie nicht normal ist</translation>
    </message>
    <message>
        <source>New weakness in a leg, or foot catching or dragging</source>
        <translation>Neue Schwäche in einem Bein, oder der Fuß bleibt hängen oder schleift</translation>
    </message>
    <message>
        <source>New leg &amp;weakness or foot dragging</source>
        <translation>Neue Bein&amp;schwäche oder schleifender Fuß</translation>
    </message>
    <message>
        <source>Urine</source>
        <translation>Urin</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <source>No bleeding</source>
        <translation>Keine Blutung</translation>
    </message>
    <message>
        <source>Vaginal bleeding</source>
        <translation>Vaginale Blutung</translation>
    </message>
    <message>
        <source>&amp;Bleeding</source>
        <translation>B&amp;lutung</translation>
    </message>
    <message>
        <source>Pre-eclampsia signs</source>
        <translation>Anzeichen einer Präeklampsie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Remove the selected medicine</source>
        <translation>Das ausgewählte Medikament entfernen</translation>
    </message>
    <message>
        <source>Last time: {what}</source>
        <translation>Letztes Mal: {what}</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>nichts erfasst</translation>
    </message>
    <message>
        <source>the dose of {name} is not a number</source>
        <translation>die Dosis von {name} ist keine Zahl</translation>
    </message>
    <message>
        <source>{n} of {max} characters</source>
        <translation>{n} von {max} Zeichen</translation>
    </message>
    <message>
        <source>Pregnant, week unknown: add a due date in Profile for better advice.</source>
        <translation>Schwanger, Woche unbekannt: Tragen Sie im Profil einen Geburtstermin ein, um genauere Hinweise zu erhalten.</translation>
    </message>
    <message>
        <source>Pregnant: week {weeks} (trimester {t})</source>
        <translation>Schwanger: Woche {weeks} ({t}. Trimester)</translation>
    </message>
    <message>
        <source>Please check {field}: {message}</source>
        <translation>Bitte prüfen Sie {field}: {message}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export your data</source>
        <translation>Ihre Daten exportieren</translation>
    </message>
    <message>
        <source>JSON: the complete diary (entries, profile, pregnancies), for backups and moving to another computer</source>
        <translation>JSON: das vollständige Tagebuch (Einträge, Profil, Schwangerschaften), für Sicherungen und den Umzug auf einen anderen Computer</translation>
    </message>
    <message>
        <source>CSV: one row per entry, for spreadsheets</source>
        <translation>CSV: eine Zeile pro Eintrag, für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>Export format JSON</source>
        <translation>Exportformat JSON</translation>
    </message>
    <message>
        <source>Export format CSV</source>
        <translation>Exportformat CSV</translation>
    </message>
    <message>
        <source>The whole diary</source>
        <translation>Das ganze Tagebuch</translation>
    </message>
    <message>
        <source>Export the whole diary</source>
        <translation>Das ganze Tagebuch exportieren</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Exports are plain files, not encrypted: anyone who gets the file can read your health data. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>Exporte sind einfache, unverschlüsselte Dateien: Wer die Datei erhält, kann Ihre Gesundheitsdaten lesen. Bewahren Sie sie sicher auf und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Your diary is encrypted, but exports are not: the exported file is a plain file that anyone who gets it can read without your passphrase. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>Ihr Tagebuch ist verschlüsselt, Exporte aber nicht: Die exportierte Datei ist unverschlüsselt, und jeder, der sie bekommt, kann sie ohne Ihre Passphrase lesen. Bewahren Sie sie sicher auf und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Speicherort für den Export wählen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Warnings and advice</source>
        <translation>Warnungen und Hinweise</translation>
    </message>
    <message>
        <source>Warnings for the selected entry</source>
        <translation>Warnungen zum ausgewählten Eintrag</translation>
    </message>
    <message>
        <source>Select an entry to see its warnings and advice.</source>
        <translation>Wählen Sie einen Eintrag, um seine Warnungen und Hinweise zu sehen.</translation>
    </message>
    <message>
        <source>No warning signs in the entry of {when}.</source>
        <translation>Keine Warnzeichen im Eintrag vom {when}.</translation>
    </message>
    <message>
        <source>Entry of {when}:</source>
        <translation>Eintrag vom {when}:</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to backdiary</source>
        <translation>Willkommen bei backdiary</translation>
    </message>
    <message>
        <source>backdiary is a private diary for back cramps. It stays on this computer. A few facts make its warnings more precise; all of them are optional and can be changed later in Settings.</source>
        <translation>backdiary ist ein privates Tagebuch für Rückenkrämpfe. Es bleibt auf diesem Computer. Einige Angaben machen die Warnungen genauer; alle sind freiwillig und lassen sich später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>I want to give my date of birth</source>
        <translation>Ich möchte mein Geburtsdatum angeben</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>I had back pain before starting this diary</source>
        <translation>Ich hatte schon vor diesem Tagebuch Rückenschmerzen</translation>
    </message>
    <message>
        <source>More about my health…</source>
        <translation>Mehr zu meiner Gesundheit…</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <source>I am pregnant</source>
        <translation>Ich bin schwanger</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Geburtstermin</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation>&amp;Geburtstermin</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Remind me each day if I have not logged anything</source>
        <translation>Täglich erinnern, wenn ich nichts eingetragen habe</translation>
    </message>
    <message>
        <source>Daily reminder time</source>
        <translation>Uhrzeit der täglichen Erinnerung</translation>
    </message>
    <message>
        <source>Remind me &amp;at</source>
        <translation>Erinnern &amp;um</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <source>Get help now</source>
        <extracomment>How long an unacknowledged urgent or emergency warning is shown again at start-up (the app was closed or killed while its dialog was open).</extracomment>
        <translation>Jetzt Hilfe holen</translation>
    </message>
    <message>
        <source>Get advice today</source>
        <translation>Heute ärztlichen Rat einholen</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was Sie jetzt tun sollten</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>From your entry of {when}: {urgency} · {title}</source>
        <translation>Aus Ihrem Eintrag vom {when}: {urgency} · {title}</translation>
    </message>
    <message>
        <source>The same entry also shows:</source>
        <translation>Derselbe Eintrag zeigt außerdem:</translation>
    </message>
    <message>
        <source>Show the full advice</source>
        <translation>Den vollständigen Rat zeigen</translation>
    </message>
    <message>
        <source>The advice also stays in the panel beside your entry.</source>
        <translation>Der Rat bleibt auch in der Leiste neben Ihrem Eintrag sichtbar.</translation>
    </message>
    <message>
        <source>Hide the full advice</source>
        <translation>Den vollständigen Rat ausblenden</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>Ich habe das gelesen</translation>
    </message>
    <message>
        <source>I have read this warning</source>
        <translation>Ich habe diese Warnung gelesen</translation>
    </message>
</context>
<context>
    <name>FlagsView</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Flagged entries</source>
        <translation>Einträge mit Warnungen</translation>
    </message>
    <message>
        <source>Shown in the panel; nothing to confirm</source>
        <translation>In der Leiste angezeigt; nichts zu bestätigen</translation>
    </message>
    <message>
        <source>Not yet read</source>
        <translation>Noch nicht gelesen</translation>
    </message>
    <message>
        <source>{n} warnings in {m} entries. Double-click one to see it in the diary.</source>
        <translation>{n} Warnungen in {m} Einträgen. Doppelklicken Sie eine, um sie im Tagebuch zu sehen.</translation>
    </message>
</context>
<context>
    <name>InputHint</name>
    <message>
        <source>Check box: Space ticks or clears it.</source>
        <translation>Kontrollkästchen: Die Leertaste setzt oder entfernt das Häkchen.</translation>
    </message>
    <message>
        <source>Option: Space chooses it.</source>
        <translation>Option: Die Leertaste wählt sie.</translation>
    </message>
    <message>
        <source>Choice button: Space chooses it or clears it.</source>
        <translation>Auswahlknopf: Die Leertaste wählt ihn oder hebt die Wahl auf.</translation>
    </message>
    <message>
        <source>Button: Space presses it.</source>
        <translation>Schaltfläche: Die Leertaste drückt sie.</translation>
    </message>
    <message>
        <source>List: the arrow keys choose; Alt+Down opens it.</source>
        <translation>Liste: Die Pfeiltasten wählen; Alt+Pfeil nach unten öffnet sie.</translation>
    </message>
    <message>
        <source>Time as hours:minutes: type it, or change it with the arrow keys.</source>
        <translation>Uhrzeit als Stunden:Minuten: Tippen Sie sie ein oder ändern Sie sie mit den Pfeiltasten.</translation>
    </message>
    <message>
        <source>Date: type it, change it with the arrow keys, or open a calendar with Alt+Down.</source>
        <translation>Datum: Tippen Sie es ein, ändern Sie es mit den Pfeiltasten oder öffnen Sie mit Alt+Pfeil nach unten einen Kalender.</translation>
    </message>
    <message>
        <source>Date: type it, or change it with the arrow keys.</source>
        <translation>Datum: Tippen Sie es ein oder ändern Sie es mit den Pfeiltasten.</translation>
    </message>
    <message>
        <source>Number: type it, or change it with the arrow keys.</source>
        <translation>Zahl: Tippen Sie sie ein oder ändern Sie sie mit den Pfeiltasten.</translation>
    </message>
    <message>
        <source>Read-only text.</source>
        <translation>Nur lesbarer Text.</translation>
    </message>
    <message>
        <source>Text field ({hint}).</source>
        <translation>Textfeld ({hint}).</translation>
    </message>
    <message>
        <source>Text field.</source>
        <translation>Textfeld.</translation>
    </message>
    <message>
        <source>Text: Tab moves on; Ctrl+Return saves the form.</source>
        <translation>Text: Die Tabulatortaste geht weiter; Strg+Eingabe speichert das Formular.</translation>
    </message>
    <message>
        <source>Table: the arrow keys move between rows; Enter opens the row.</source>
        <translation>Tabelle: Die Pfeiltasten wechseln die Zeile; die Eingabetaste öffnet die Zeile.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>the keyring package is not installed (pip install keyring)</source>
        <translation>das Paket „keyring“ ist nicht installiert (pip install keyring)</translation>
    </message>
    <message>
        <source>the system keyring does not answer; is your desktop session unlocked?</source>
        <translation>der Schlüsselbund des Systems antwortet nicht; ist Ihre Desktop-Sitzung entsperrt?</translation>
    </message>
    <message>
        <source>no system keyring (such as GNOME Keyring, KWallet, macOS Keychain or the Windows Credential Locker) is available</source>
        <translation>kein Schlüsselbund des Systems (etwa GNOME-Schlüsselbund, KWallet, macOS-Schlüsselbund oder die Windows-Anmeldeinformationsverwaltung) ist verfügbar</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>No clear cause</source>
        <extracomment>Marks a string for extraction by lupdate; typed as str → str for mypy.</extracomment>
        <translation>Kein klarer Auslöser</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Bewegung, Training</translation>
    </message>
    <message>
        <source>Lifting</source>
        <translation>Heben</translation>
    </message>
    <message>
        <source>Slip, trip or fall</source>
        <translation>Ausrutschen, Stolpern oder Sturz</translation>
    </message>
    <message>
        <source>Serious accident</source>
        <translation>Schwerer Unfall</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Sudden</source>
        <translation>Plötzlich</translation>
    </message>
    <message>
        <source>Gradual</source>
        <translation>Allmählich</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Between shoulder blades</source>
        <translation>Zwischen den Schulterblättern</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Left side (flank)</source>
        <translation>Linke Seite (Flanke)</translation>
    </message>
    <message>
        <source>Right side (flank)</source>
        <translation>Rechte Seite (Flanke)</translation>
    </message>
    <message>
        <source>Lower tummy</source>
        <translation>Unterbauch</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Dumpf, ziehend</translation>
    </message>
    <message>
        <source>Cramping</source>
        <translation>Krampfartig</translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation>Scharf</translation>
    </message>
    <message>
        <source>Stabbing</source>
        <translation>Stechend</translation>
    </message>
    <message>
        <source>Shooting</source>
        <translation>Einschießend</translation>
    </message>
    <message>
        <source>Throbbing</source>
        <translation>Pochend</translation>
    </message>
    <message>
        <source>Electric-shock-like</source>
        <translation>Wie ein Stromschlag</translation>
    </message>
    <message>
        <source>Stiff</source>
        <translation>Steif</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Druckempfindlich</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <source>Burning (in back or legs)</source>
        <translation>Brennen (in Rücken oder Beinen)</translation>
    </message>
    <message>
        <source>Tingling, pins and needles</source>
        <translation>Kribbeln, Ameisenlaufen</translation>
    </message>
    <message>
        <source>One leg</source>
        <translation>Ein Bein</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Beide Beine</translation>
    </message>
    <message>
        <source>Pain or burning when peeing</source>
        <translation>Schmerzen oder Brennen beim Wasserlassen</translation>
    </message>
    <message>
        <source>Blood in urine</source>
        <translation>Blut im Urin</translation>
    </message>
    <message>
        <source>Cloudy or smelly urine</source>
        <translation>Trüber oder übel riechender Urin</translation>
    </message>
    <message>
        <source>Spotting</source>
        <translation>Schmierblutung</translation>
    </message>
    <message>
        <source>Light bleeding</source>
        <translation>Leichte Blutung</translation>
    </message>
    <message>
        <source>Heavy bleeding (pad soaked within an hour, or clots)</source>
        <translation>Starke Blutung (Binde innerhalb einer Stunde durchnässt, oder Blutgerinnsel)</translation>
    </message>
    <message>
        <source>Severe headache</source>
        <translation>Starke Kopfschmerzen</translation>
    </message>
    <message>
        <source>Blurred vision or flashing lights</source>
        <translation>Verschwommenes Sehen oder Lichtblitze</translation>
    </message>
    <message>
        <source>Sudden swelling of face, hands or feet</source>
        <translation>Plötzliche Schwellung von Gesicht, Händen oder Füßen</translation>
    </message>
    <message>
        <source>Pain just below the ribs</source>
        <translation>Schmerz direkt unter den Rippen</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Hat geholfen</translation>
    </message>
    <message>
        <source>Helped a little</source>
        <translation>Hat etwas geholfen</translation>
    </message>
    <message>
        <source>Did not help</source>
        <translation>Hat nicht geholfen</translation>
    </message>
    <message>
        <source>Long sitting</source>
        <translation>Langes Sitzen</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Not enough to drink</source>
        <translation>Zu wenig getrunken</translation>
    </message>
    <message>
        <source>Poor sleep</source>
        <translation>Schlechter Schlaf</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <source>Short rest</source>
        <translation>Kurze Pause</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Physio exercises</source>
        <translation>Physiotherapie-Übungen</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>Pain relief</source>
        <translation>Schmerzmittel</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source> (process {pid})</source>
        <translation> (Prozess {pid})</translation>
    </message>
    <message>
        <source>backdiary is already open on this diary{who}, or a backdiary command is still working on it, but it does not answer.

If a backdiary window is open, use that one. If it is frozen, close it (or end it in your task manager) and try again. Your diary has not been changed.</source>
        <translation>backdiary ist mit diesem Tagebuch bereits geöffnet{who}, oder ein backdiary-Befehl arbeitet noch daran, antwortet aber nicht.

Wenn ein backdiary-Fenster offen ist, verwenden Sie dieses. Wenn es hängt, schließen Sie es (oder beenden Sie es im Task-Manager) und versuchen Sie es erneut. Ihr Tagebuch wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Backing up the diary…</source>
        <translation>Das Tagebuch wird gesichert…</translation>
    </message>
    <message>
        <source>Checking the diary…</source>
        <translation>Das Tagebuch wird geprüft…</translation>
    </message>
    <message>
        <source>backdiary could not finish opening the diary ({error}). Nothing was changed; please start it again.</source>
        <translation>backdiary konnte das Öffnen des Tagebuchs nicht abschließen ({error}). Es wurde nichts verändert; bitte starten Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delete entry of {when}</source>
        <translation>Eintrag vom {when} löschen</translation>
    </message>
    <message>
        <source>Views</source>
        <extracomment>Set by :func:`backdiary.ui.startup.after_window_shown` (a ReminderScheduler).</extracomment>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation>&amp;Warnungen</translation>
    </message>
    <message>
        <source>Updating warnings for the new rule set…</source>
        <translation>Warnungen werden für die neuen Regeln aktualisiert…</translation>
    </message>
    <message>
        <source>Diary entries, newest first</source>
        <translation>Tagebucheinträge, neueste zuerst</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Search notes, causes, factors…</source>
        <translation>Notizen, Auslöser, Faktoren durchsuchen…</translation>
    </message>
    <message>
        <source>Search the diary</source>
        <translation>Tagebuch durchsuchen</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Log a cramp episode (Ctrl+N)</source>
        <translation>Eine Krampfepisode eintragen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation>Daten &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation>Alle meine Daten löschen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Neuer Eintrag…</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>Eintrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Ein&amp;stellungen</translation>
    </message>
    <message>
        <source>&amp;Profile and pregnancy…</source>
        <translation>&amp;Profil und Schwangerschaft…</translation>
    </message>
    <message>
        <source>&amp;Region and emergency numbers…</source>
        <translation>&amp;Region und Notrufnummern…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About the &amp;warnings</source>
        <translation>Über die &amp;Warnungen</translation>
    </message>
    <message>
        <source>&amp;About backdiary</source>
        <translation>Ü&amp;ber backdiary</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>More toolbar buttons</source>
        <translation>Weitere Werkzeugleisten-Knöpfe</translation>
    </message>
    <message>
        <source>Today is already marked as pain-free.</source>
        <translation>Heute ist bereits als schmerzfrei eingetragen.</translation>
    </message>
    <message>
        <source>A cramp is already logged for today, so today is not marked as pain-free.</source>
        <translation>Für heute ist schon ein Krampf eingetragen, daher wird heute nicht als schmerzfrei markiert.</translation>
    </message>
    <message>
        <source>Recorded: no pain today. Thank you.</source>
        <translation>Eingetragen: heute keine Schmerzen. Danke.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Entry deleted. Press Ctrl+Z to undo.</source>
        <translation>Eintrag gelöscht. Mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>This is not available yet.</source>
        <translation>Das ist noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>About the warnings</source>
        <translation>Über die Warnungen</translation>
    </message>
    <message>
        <source>backdiary checks every entry against {n} warning-sign rules taken from its source article on back cramps and from NICE, NHS, ACOG and MHRA guidance (rule set {version}). A warning means &quot;get checked&quot;, not that something is wrong.

{disclaimer}</source>
        <translation>backdiary prüft jeden Eintrag anhand von {n} Warnzeichen-Regeln aus seinem Quellartikel über Rückenkrämpfe und aus Leitlinien von NICE, NHS, ACOG und MHRA (Regelsatz {version}). Eine Warnung bedeutet „abklären lassen“, nicht, dass etwas nicht stimmt.

{disclaimer}</translation>
    </message>
    <message>
        <source>About backdiary</source>
        <translation>Über backdiary</translation>
    </message>
    <message>
        <source>backdiary {version}
A private diary for back cramps and lower-back pain.
Your diary stays on this computer: {path}</source>
        <translation>backdiary {version}
Ein privates Tagebuch für Rückenkrämpfe und Kreuzschmerzen.
Ihr Tagebuch bleibt auf diesem Computer: {path}</translation>
    </message>
    <message>
        <source>Charts are not available in this build.</source>
        <translation>Diagramme sind in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <source>backdiary keeps running in the tray. Choose Quit to close it.</source>
        <translation>backdiary läuft im Infobereich weiter. Wählen Sie „Beenden“, um es zu schließen.</translation>
    </message>
</context>
<context>
    <name>Nrs</name>
    <message>
        <source>No pain</source>
        <extracomment>Word anchors of the 0–10 scale (NRS-11); 0 and 10 keep the same wording everywhere.</extracomment>
        <translation>Keine Schmerzen</translation>
    </message>
    <message>
        <source>Very mild</source>
        <translation>Sehr leicht</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very severe</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>Unerträglich</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation>Neue Passphrase &amp;wiederholen</translation>
    </message>
    <message>
        <source>Choose a passphrase of several words and write it down somewhere safe. If you forget it, nobody can open the diary or its backups – backdiary cannot recover it.</source>
        <translation>Wählen Sie eine Passphrase aus mehreren Wörtern und notieren Sie sie an einem sicheren Ort. Wenn Sie sie vergessen, kann niemand das Tagebuch oder seine Sicherungen öffnen – backdiary kann sie nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the system keyring)</source>
        <translation>Auf diesem Computer &amp;merken (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>Remembering the passphrase is not available: {reason}.</source>
        <translation>Die Passphrase kann nicht gemerkt werden: {reason}.</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Geben Sie die aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>Die aktuelle Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>Enter the new passphrase.</source>
        <translation>Geben Sie die neue Passphrase ein.</translation>
    </message>
    <message>
        <source>The passphrase cannot contain a NUL character.</source>
        <translation>Die Passphrase darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile and pregnancy</source>
        <translation>Profil und Schwangerschaft</translation>
    </message>
    <message>
        <source>Name (optional, shown on reports)</source>
        <translation>Name (freiwillig, erscheint in Berichten)</translation>
    </message>
    <message>
        <source>&amp;Name (optional)</source>
        <translation>&amp;Name (freiwillig)</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <source>I had back pain before starting this diary</source>
        <translation>Ich hatte schon vor diesem Tagebuch Rückenschmerzen</translation>
    </message>
    <message>
        <source>I have had cancer</source>
        <translation>Ich hatte Krebs</translation>
    </message>
    <message>
        <source>I have osteoporosis (thin bones)</source>
        <translation>Ich habe Osteoporose (Knochenschwund)</translation>
    </message>
    <message>
        <source>I take steroid tablets long-term</source>
        <translation>Ich nehme dauerhaft Kortison-Tabletten</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <source>Not pregnant</source>
        <translation>Nicht schwanger</translation>
    </message>
    <message>
        <source>Pregnant now</source>
        <translation>Derzeit schwanger</translation>
    </message>
    <message>
        <source>Pregnancy has ended</source>
        <translation>Schwangerschaft ist beendet</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Due date known</source>
        <translation>Geburtstermin bekannt</translation>
    </message>
    <message>
        <source>First day of last period known</source>
        <translation>Erster Tag der letzten Periode bekannt</translation>
    </message>
    <message>
        <source>Pregnancy ended on</source>
        <translation>Schwangerschaft endete am</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Geburtstermin</translation>
    </message>
    <message>
        <source>Last period</source>
        <translation>Letzte Periode</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Endete am</translation>
    </message>
    <message>
        <source>Week unknown: a due date makes the pregnancy advice more precise.</source>
        <translation>Woche unbekannt: Mit einem Geburtstermin werden die Schwangerschaftshinweise genauer.</translation>
    </message>
    <message>
        <source>Today: week {weeks}</source>
        <translation>Heute: Woche {weeks}</translation>
    </message>
</context>
<context>
    <name>QuickLog</name>
    <message>
        <source>Log a cramp now…</source>
        <extracomment>Returns &quot;now&quot; with the local UTC offset; tests inject a fake clock.</extracomment>
        <translation>Jetzt einen Krampf eintragen…</translation>
    </message>
    <message>
        <source>Cramp started</source>
        <translation>Krampf begann</translation>
    </message>
    <message>
        <source>Start a timer now; choose Cramp ended when it stops to log its duration.</source>
        <translation>Jetzt eine Zeitmessung starten; wählen Sie „Krampf endete“, wenn er aufhört, um seine Dauer einzutragen.</translation>
    </message>
    <message>
        <source>No pain today</source>
        <translation>Heute keine Schmerzen</translation>
    </message>
    <message>
        <source>Record a pain-free day in one click (warnings use these to see trends).</source>
        <translation>Einen schmerzfreien Tag mit einem Klick eintragen (die Warnungen erkennen daran Verläufe).</translation>
    </message>
    <message>
        <source>Show backdiary</source>
        <translation>backdiary anzeigen</translation>
    </message>
    <message>
        <source>Quit backdiary</source>
        <translation>backdiary beenden</translation>
    </message>
    <message numerus="yes">
        <source>Cramp ended (running for %n min)</source>
        <translation>
            <numerusform>Krampf endete (läuft seit %n Min.)</numerusform>
            <numerusform>Krampf endete (läuft seit %n Min.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Restore the backup from {what}?</source>
        <translation>Die Sicherung vom {what} wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The current file is kept in the backups folder ({folder}), so nothing is lost. Entries made after this backup are not in it.</source>
        <translation>Die aktuelle Datei wird im Sicherungsordner ({folder}) aufbewahrt, es geht also nichts verloren. Einträge, die nach dieser Sicherung gemacht wurden, sind darin nicht enthalten.</translation>
    </message>
    <message>
        <source>A new, empty diary was started. Your backups are where they were.</source>
        <translation>Ein neues, leeres Tagebuch wurde angelegt. Ihre Sicherungen sind noch da, wo sie waren.</translation>
    </message>
    <message>
        <source>A new, empty diary was started. The previous file was kept as {kept}.</source>
        <translation>Ein neues, leeres Tagebuch wurde angelegt. Die bisherige Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <source>The previous file was kept as {kept}.</source>
        <translation>Die bisherige Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <source>The diary was restored from the backup of {when}.</source>
        <translation>Das Tagebuch wurde aus der Sicherung vom {when} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Some parts of the damaged file could not be read, so a few entries may be missing: compare with your newest backup.</source>
        <translation>Einige Teile der beschädigten Datei konnten nicht gelesen werden, daher fehlen vielleicht einige Einträge: Vergleichen Sie mit Ihrer neuesten Sicherung.</translation>
    </message>
    <message>
        <source>{n} entries were rescued into a new diary.</source>
        <translation>{n} Einträge wurden in ein neues Tagebuch gerettet.</translation>
    </message>
    <message>
        <source>The damaged file was kept as {kept}.</source>
        <translation>Die beschädigte Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <source>Open a diary in another folder</source>
        <translation>Ein Tagebuch in einem anderen Ordner öffnen</translation>
    </message>
    <message>
        <source>That did not work: {reason}. Nothing was lost; check the free disk space and the folder&apos;s permissions.</source>
        <translation>Das hat nicht funktioniert: {reason}. Es ging nichts verloren; prüfen Sie den freien Speicherplatz und die Berechtigungen des Ordners.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>backdiary – {title}</source>
        <extracomment>Problems that are about the file&apos;s contents (a warning icon); the rest are about the surroundings (an information icon).</extracomment>
        <translation>backdiary – {title}</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>Technical details: {detail}</source>
        <translation>Technische Einzelheiten: {detail}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>RedFlag</name>
    <message>
        <source>Possible muscle strain or sprain</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Mögliche Muskelzerrung oder Verstauchung</translation>
    </message>
    <message>
        <source>This could be a muscle strain or ligament sprain, which usually settles within days to a few weeks. Keep gently active and avoid bed rest; a short rest from the activity that caused it is fine. Heat and simple pain relief can help: check with a pharmacist which pain relief is right for you. Consider physiotherapy if it is not settling. Get it checked if it is not improving, or if you notice numbness, tingling, leg weakness or a high temperature.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Das könnte eine Muskelzerrung oder Bänderdehnung sein, die meist innerhalb von Tagen bis einigen Wochen abklingt. Bleiben Sie behutsam in Bewegung und vermeiden Sie Bettruhe; eine kurze Pause von der auslösenden Tätigkeit ist in Ordnung. Wärme und einfache Schmerzmittel können helfen: Fragen Sie in der Apotheke, welches Schmerzmittel für Sie geeignet ist. Erwägen Sie Physiotherapie, wenn es nicht besser wird. Lassen Sie es abklären, wenn es sich nicht bessert oder wenn Sie Taubheit, Kribbeln, Beinschwäche oder hohe Temperatur bemerken.</translation>
    </message>
    <message>
        <source>Sudden pain after lifting, sport, exercise or a minor slip could be a muscle strain or sprain, which usually settles within days to a few weeks.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Plötzliche Schmerzen nach dem Heben, beim Sport, beim Training oder nach einem leichten Ausrutschen könnten eine Muskelzerrung oder Verstauchung sein, die meist innerhalb von Tagen bis wenigen Wochen abklingt.</translation>
    </message>
    <message>
        <source>Possible nerve irritation</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Mögliche Nervenreizung</translation>
    </message>
    <message>
        <source>Book a GP or physiotherapist appointment (if pregnant: your midwife or GP). Numbness, burning or tingling, or pain spreading into a leg, could be a sign of an irritated nerve (for example from a disc). Usual painkillers may not help much. Keep gently active. Don&apos;t start new medicines without advice: ask your GP or pharmacist about medicines. Call {emergency} or go to {emergency_department} straight away if you get numbness around your genitals, bottom or inner thighs, new problems peeing or controlling your bladder or bowel, or symptoms in both legs.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Vereinbaren Sie einen Termin in der Hausarztpraxis oder Physiotherapie (in der Schwangerschaft: bei Ihrer Hebamme oder Hausärztin/Ihrem Hausarzt). Taubheit, Brennen oder Kribbeln oder ein in ein Bein ausstrahlender Schmerz können Zeichen eines gereizten Nervs sein (zum Beispiel durch eine Bandscheibe). Übliche Schmerzmittel helfen dann oft wenig. Bleiben Sie behutsam in Bewegung. Beginnen Sie keine neuen Medikamente ohne Rat: Fragen Sie Ihre Hausarztpraxis oder Apotheke. Rufen Sie sofort {emergency} an oder gehen Sie in {emergency_department}, wenn Sie Taubheit im Genitalbereich, am Gesäß oder an den Innenseiten der Oberschenkel bemerken, neue Probleme beim Wasserlassen oder bei der Kontrolle von Blase oder Darm haben oder Beschwerden in beiden Beinen auftreten.</translation>
    </message>
    <message>
        <source>Numbness, burning or tingling, or pain spreading into a leg, could be a sign of an irritated nerve, for example from a disc.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Taubheit, Brennen oder Kribbeln oder Schmerzen, die ins Bein ausstrahlen, könnten ein Zeichen eines gereizten Nervs sein, zum Beispiel durch eine Bandscheibe.</translation>
    </message>
    <message>
        <source>Early-pregnancy cramps (usually normal)</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Krämpfe in der Frühschwangerschaft (meist normal)</translation>
    </message>
    <message>
        <source>Mild period-like or lower-back cramps are common in early pregnancy as the womb grows and stretches. A short rest, keeping gently active and warmth (not a hot bath) can help; ask your pharmacist or midwife before taking any painkiller. Call your GP, midwife or early pregnancy unit if you bleed, have pain on one side of your tummy or in the tip of your shoulder, feel faint, or the pain becomes severe.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Leichte, periodenähnliche Krämpfe oder Krämpfe im unteren Rücken sind in der Frühschwangerschaft häufig, weil die Gebärmutter wächst und sich dehnt. Eine kurze Pause, behutsame Bewegung und Wärme (kein heißes Bad) können helfen; fragen Sie Ihre Apotheke oder Hebamme, bevor Sie ein Schmerzmittel nehmen. Wenden Sie sich an Ihre Hausarztpraxis, Hebamme oder frauenärztliche Praxis, wenn Sie bluten, Schmerzen auf einer Seite des Unterbauchs oder in der Schulterspitze haben, sich einer Ohnmacht nahe fühlen oder die Schmerzen stark werden.</translation>
    </message>
    <message>
        <source>Mild cramps are common in early pregnancy as the womb grows and stretches.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Leichte Krämpfe sind in der Frühschwangerschaft häufig, weil die Gebärmutter wächst und sich dehnt.</translation>
    </message>
    <message>
        <source>Bleeding in pregnancy with severe pain or faintness</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Blutung in der Schwangerschaft mit starken Schmerzen oder Schwäche</translation>
    </message>
    <message>
        <source>Call {emergency} or go to {emergency_department} now. If bleeding is heavy or you feel faint, call {emergency} for an ambulance. Intense pain with bleeding, heavy bleeding or feeling faint could be a sign of miscarriage or, rarely, an ectopic pregnancy (later in pregnancy: a problem with the placenta or early labour). Let your maternity unit or early pregnancy unit know as well.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rufen Sie jetzt {emergency} an oder gehen Sie in {emergency_department}. Wenn die Blutung stark ist oder Sie sich einer Ohnmacht nahe fühlen, rufen Sie {emergency} für einen Rettungswagen. Starke Schmerzen mit Blutung, eine starke Blutung oder Schwächegefühl können Zeichen einer Fehlgeburt oder selten einer Eileiterschwangerschaft sein (später in der Schwangerschaft: eines Problems mit der Plazenta oder vorzeitiger Wehen). Informieren Sie auch Ihre Geburtsklinik oder frauenärztliche Praxis.</translation>
    </message>
    <message>
        <source>Bleeding in pregnancy with severe pain, heavy bleeding or feeling faint could be a sign of miscarriage or, rarely, an ectopic pregnancy (later in pregnancy: a problem with the placenta or early labour).</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Blutungen in der Schwangerschaft mit starken Schmerzen, starke Blutungen oder ein Gefühl, ohnmächtig zu werden, könnten ein Zeichen einer Fehlgeburt oder selten einer Eileiterschwangerschaft sein (später in der Schwangerschaft: eines Problems mit der Plazenta oder einsetzender Wehen).</translation>
    </message>
    <message>
        <source>Braxton Hicks-like tightening (usually normal)</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Übungswehen-artiges Ziehen (meist normal)</translation>
    </message>
    <message>
        <source>Short, irregular tightenings (Braxton Hicks contractions) can cause low back pain for a few minutes and are normal. Changing position, walking or resting often helps. Contact your midwife or maternity unit if they become regular (4 in 20 minutes or 8 in an hour), stronger, longer or closer together, or come with bleeding, leaking fluid, pressure in the pelvis, diarrhoea, a new constant dull backache or fewer baby movements.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Kurze, unregelmäßige Verhärtungen (Übungswehen, Braxton-Hicks-Kontraktionen) können für einige Minuten Kreuzschmerzen verursachen und sind normal. Ein Positionswechsel, Gehen oder Ausruhen hilft oft. Wenden Sie sich an Ihre Hebamme oder Geburtsklinik, wenn sie regelmäßig werden (4 in 20 Minuten oder 8 in einer Stunde), stärker, länger oder häufiger werden oder mit Blutung, Flüssigkeitsabgang, Druck im Becken, Durchfall, neuen anhaltenden dumpfen Rückenschmerzen oder weniger Kindsbewegungen einhergehen.</translation>
    </message>
    <message>
        <source>Short, irregular tightenings (Braxton Hicks contractions) are normal in pregnancy and can cause low back pain for a few minutes.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Kurze, unregelmäßige Verhärtungen des Bauchs (Übungswehen) sind in der Schwangerschaft normal und können für einige Minuten Schmerzen im unteren Rücken verursachen.</translation>
    </message>
    <message>
        <source>Severe cramps with diarrhoea in pregnancy</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Starke Krämpfe mit Durchfall in der Schwangerschaft</translation>
    </message>
    <message>
        <source>Phone your maternity unit or midwife now. Severe cramping with diarrhoea could be a sign that labour is starting; before 37 weeks that would be early (preterm) labour. It may turn out to be something else, but it needs checking today.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rufen Sie jetzt Ihre Geburtsklinik oder Hebamme an. Starke Krämpfe mit Durchfall können ein Zeichen beginnender Wehen sein; vor der 37. Woche wären das vorzeitige Wehen. Es kann sich als etwas anderes herausstellen, muss aber heute abgeklärt werden.</translation>
    </message>
    <message>
        <source>Severe cramping with diarrhoea could be a sign that labour is starting; before 37 weeks that would be early (preterm) labour.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Starke Krämpfe mit Durchfall könnten ein Zeichen dafür sein, dass die Geburt beginnt; vor der 37. Woche wären das vorzeitige Wehen.</translation>
    </message>
    <message>
        <source>Back pain not improving after 2 weeks</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rückenschmerzen nach 2 Wochen nicht besser</translation>
    </message>
    <message>
        <source>Book a GP or physiotherapist appointment (if pregnant: your midwife or GP). Your back pain has not started to improve after 2 weeks, and most strains are clearly better by now. Getting it checked early helps avoid complications. Keep gently active in the meantime.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Vereinbaren Sie einen Termin in der Hausarztpraxis oder Physiotherapie (in der Schwangerschaft: bei Ihrer Hebamme oder Hausärztin/Ihrem Hausarzt). Ihre Rückenschmerzen haben sich nach 2 Wochen noch nicht gebessert, während die meisten Zerrungen bis dahin deutlich besser sind. Eine frühe Abklärung hilft, Komplikationen zu vermeiden. Bleiben Sie bis dahin behutsam in Bewegung.</translation>
    </message>
    <message>
        <source>Your back pain has not started to improve after 2 weeks, and most strains are clearly better by now.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Ihre Rückenschmerzen haben sich nach 2 Wochen noch nicht gebessert, und die meisten Zerrungen sind bis dahin deutlich besser.</translation>
    </message>
    <message>
        <source>Back pain getting worse</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rückenschmerzen werden schlimmer</translation>
    </message>
    <message>
        <source>Book a GP or physiotherapist appointment (if pregnant: your midwife or GP). Your pain has got clearly worse over the last week compared with the week before. Getting it checked early helps avoid complications.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Vereinbaren Sie einen Termin in der Hausarztpraxis oder Physiotherapie (in der Schwangerschaft: bei Ihrer Hebamme oder Hausärztin/Ihrem Hausarzt). Ihre Schmerzen sind in der letzten Woche deutlich stärker geworden als in der Woche davor. Eine frühe Abklärung hilft, Komplikationen zu vermeiden.</translation>
    </message>
    <message>
        <source>Your pain over the last week has been clearly worse than the week before.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Ihre Schmerzen waren in der letzten Woche deutlich stärker als in der Woche davor.</translation>
    </message>
    <message>
        <source>Cramps keep coming back without an injury</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Krämpfe kehren ohne Verletzung immer wieder</translation>
    </message>
    <message>
        <source>Book a GP appointment to ask whether checks are needed. Cramps that keep coming back without an injury can have other causes, such as kidney problems, hormonal disorders, diabetes, anaemia, low minerals, dehydration or side effects of medicines. Drink enough fluids.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Vereinbaren Sie einen Termin in der Hausarztpraxis und fragen Sie, ob Untersuchungen nötig sind. Krämpfe, die ohne Verletzung immer wiederkehren, können andere Ursachen haben, etwa Nierenprobleme, Hormonstörungen, Diabetes, Blutarmut, Mineralstoffmangel, Flüssigkeitsmangel oder Nebenwirkungen von Medikamenten. Trinken Sie ausreichend.</translation>
    </message>
    <message>
        <source>Cramps that keep coming back without an injury can have other causes that are worth checking.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Krämpfe, die ohne Verletzung immer wiederkommen, können andere Ursachen haben, die eine Abklärung wert sind.</translation>
    </message>
    <message>
        <source>Possible cauda equina syndrome</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Mögliches Cauda-equina-Syndrom</translation>
    </message>
    <message>
        <source>Call {emergency} or go to {emergency_department} now. Do not wait for a GP appointment. These could be signs of cauda equina syndrome, a rare spinal emergency in which the nerves at the bottom of the spine are squeezed. It needs checking straight away.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rufen Sie jetzt {emergency} an oder gehen Sie in {emergency_department}. Warten Sie nicht auf einen Termin in der Hausarztpraxis. Das könnten Zeichen eines Cauda-equina-Syndroms sein, eines seltenen Notfalls der Wirbelsäule, bei dem die Nerven am unteren Ende der Wirbelsäule eingeklemmt werden. Es muss sofort abgeklärt werden.</translation>
    </message>
    <message>
        <source>Numbness around the genitals or bottom, new bladder, bowel or sexual problems, or symptoms in both legs could be signs of cauda equina syndrome. It is rare, but the nerves at the bottom of the spine need checking straight away.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Taubheit um die Genitalien oder das Gesäß, neue Probleme mit Blase, Darm oder Sexualfunktion oder Beschwerden in beiden Beinen könnten Zeichen eines Cauda-equina-Syndroms sein. Es ist selten, aber die Nerven am unteren Ende der Wirbelsäule müssen sofort untersucht werden.</translation>
    </message>
    <message>
        <source>New weakness in a leg</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Neue Schwäche in einem Bein</translation>
    </message>
    <message>
        <source>Ask for an urgent GP appointment or contact {nonemergency} today. New weakness in a leg (for example your foot catching or dragging) could be a sign of pressure on a nerve and needs assessment today. If both legs are affected, or you get numbness around your bottom or problems controlling your bladder or bowel, call {emergency} now.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Bitten Sie um einen dringenden Termin in der Hausarztpraxis oder wenden Sie sich heute an {nonemergency}. Eine neue Schwäche in einem Bein (zum Beispiel wenn der Fuß hängen bleibt oder schleift) kann ein Zeichen für Druck auf einen Nerv sein und muss heute untersucht werden. Wenn beide Beine betroffen sind oder Sie Taubheit am Gesäß oder Probleme bei der Kontrolle von Blase oder Darm bemerken, rufen Sie jetzt {emergency} an.</translation>
    </message>
    <message>
        <source>New weakness in a leg could be a sign of pressure on a nerve.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Eine neue Schwäche in einem Bein könnte ein Zeichen von Druck auf einen Nerv sein.</translation>
    </message>
    <message>
        <source>Back pain after a serious accident</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rückenschmerzen nach einem schweren Unfall</translation>
    </message>
    <message>
        <source>Call {emergency} or go to {emergency_department} now. Back pain after a serious accident (such as a car crash, a fall from a height or a heavy blow) needs checking for a broken bone in the spine straight away.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rufen Sie jetzt {emergency} an oder gehen Sie in {emergency_department}. Rückenschmerzen nach einem schweren Unfall (etwa einem Autounfall, einem Sturz aus der Höhe oder einem heftigen Schlag) müssen sofort auf einen Wirbelbruch untersucht werden.</translation>
    </message>
    <message>
        <source>After a serious accident, back pain needs checking for a broken bone in the spine.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Nach einem schweren Unfall müssen Rückenschmerzen auf einen Bruch der Wirbelsäule untersucht werden.</translation>
    </message>
    <message>
        <source>Possible fracture after a minor fall</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Möglicher Bruch nach einem leichten Sturz</translation>
    </message>
    <message>
        <source>Ask for an urgent GP appointment or contact {nonemergency} today. With thin bones (osteoporosis) or long-term steroid use, even a minor fall could break a bone in the spine, so get checked today.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Bitten Sie um einen dringenden Termin in der Hausarztpraxis oder wenden Sie sich heute an {nonemergency}. Bei Knochenschwund (Osteoporose) oder langfristiger Kortisoneinnahme kann schon ein leichter Sturz einen Wirbel brechen; lassen Sie sich deshalb heute untersuchen.</translation>
    </message>
    <message>
        <source>With thin bones (osteoporosis) or long-term steroid use, even a minor fall could break a bone in the spine.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Bei Knochenschwund (Osteoporose) oder langfristiger Einnahme von Kortison könnte schon ein leichter Sturz einen Wirbel brechen.</translation>
    </message>
    <message>
        <source>Back pain with a high temperature</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rückenschmerzen mit hoher Temperatur</translation>
    </message>
    <message>
        <source>Ask for an urgent GP appointment or contact {nonemergency} today; if you are pregnant, phone your maternity unit now. Back pain with a high temperature could be a sign of an infection, for example in the kidney, and in pregnancy a kidney infection can trigger early labour.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Bitten Sie heute um einen dringenden Termin in der Hausarztpraxis oder wenden Sie sich an {nonemergency}; wenn Sie schwanger sind, rufen Sie jetzt Ihre Geburtsklinik an. Rückenschmerzen mit hohem Fieber könnten ein Zeichen einer Infektion sein, zum Beispiel der Niere, und in der Schwangerschaft kann eine Nierenentzündung vorzeitige Wehen auslösen.</translation>
    </message>
    <message>
        <source>Back pain with a high temperature could be a sign of an infection, for example in the kidney. In pregnancy, a kidney infection can trigger early labour.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Rückenschmerzen mit hohem Fieber könnten ein Zeichen einer Infektion sein, zum Beispiel der Niere. In der Schwangerschaft kann eine Nierenentzündung vorzeitige Wehen auslösen.</translation>
    </message>
    <message>
        <source>Get this checked today: contact your midwife, GP, early pregnancy unit or {nonemergency}. Any bleeding in pregnancy should be checked the same day. Under 12 weeks: contact your GP, early pregnancy unit or {nonemergency} today. From 12 weeks: get urgent help from your GP, midwife, {nonemergency} or {emergency_department}. From 20 weeks: phone your maternity unit straight away. Wear a pad, not a tampon, and note how much you bleed. If the bleeding becomes heavy, the pain becomes severe or you feel faint, call {emergency}.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Lassen Sie das heute abklären: Wenden Sie sich an Ihre Hebamme, Ihre Hausarztpraxis, Ihre frauenärztliche Praxis oder {nonemergency}. Jede Blutung in der Schwangerschaft sollte noch am selben Tag untersucht werden. Vor der 12. Woche: Wenden Sie sich heute an Ihre Hausarztpraxis, Ihre frauenärztliche Praxis oder {nonemergency}. Ab der 12. Woche: Holen Sie dringend Hilfe bei Ihrer Hausarztpraxis, Ihrer Hebamme, {nonemergency} oder in {emergency_department}. Ab der 20. Woche: Rufen Sie sofort Ihre Geburtsklinik an. Tragen Sie eine Binde, keinen Tampon, und achten Sie darauf, wie stark Sie bluten. Wenn die Blutung stark wird, die Schmerzen stark werden oder Sie sich einer Ohnmacht nahe fühlen, rufen Sie {emergency} an.</translation>
    </message>
    <message>
        <source>Any bleeding in pregnancy should be checked the same day, even if it is light and not painful.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Jede Blutung in der Schwangerschaft sollte noch am selben Tag untersucht werden, auch wenn sie schwach ist und nicht schmerzt.</translation>
    </message>
    <message>
        <source>Possible urine or kidney infection</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Mögliche Harnwegs- oder Niereninfektion</translation>
    </message>
    <message>
        <source>See a GP or pharmacist within a day or two (if pregnant: your GP or midwife, as it should be treated promptly). Pain or burning when peeing, blood in the urine, or cloudy or smelly urine with back or side pain could be a sign of a urine or kidney infection.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Gehen Sie innerhalb von ein bis zwei Tagen in die Hausarztpraxis oder Apotheke (in der Schwangerschaft: zu Ihrer Hausärztin/Ihrem Hausarzt oder Ihrer Hebamme, da sie rasch behandelt werden sollte). Schmerzen oder Brennen beim Wasserlassen, Blut im Urin oder trüber oder übel riechender Urin mit Rücken- oder Flankenschmerzen können Zeichen einer Harnwegs- oder Niereninfektion sein.</translation>
    </message>
    <message>
        <source>Pain or burning when peeing, blood in the urine, or cloudy or smelly urine could be a sign of a urine or kidney infection.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Schmerzen oder Brennen beim Wasserlassen, Blut im Urin oder trüber oder übel riechender Urin könnten ein Zeichen einer Harnwegs- oder Nierenentzündung sein.</translation>
    </message>
    <message>
        <source>Back pain with unexplained weight loss</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rückenschmerzen mit unerklärtem Gewichtsverlust</translation>
    </message>
    <message>
        <source>Ask for an urgent GP appointment or contact {nonemergency} today. Back pain with weight loss you can&apos;t explain should be checked soon.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Bitten Sie um einen dringenden Termin in der Hausarztpraxis oder wenden Sie sich heute an {nonemergency}. Rückenschmerzen mit einem Gewichtsverlust, den Sie sich nicht erklären können, sollten bald abgeklärt werden.</translation>
    </message>
    <message>
        <source>Back pain with weight loss you can&apos;t explain should be checked soon. Most of the time the cause is not serious.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Rückenschmerzen mit einem Gewichtsverlust, den Sie sich nicht erklären können, sollten bald abgeklärt werden. Meist ist die Ursache nicht ernst.</translation>
    </message>
    <message>
        <source>Back pain at night or at rest</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rückenschmerzen nachts oder in Ruhe</translation>
    </message>
    <message>
        <source>Ask for an urgent GP appointment or contact {nonemergency} today. Pain that is worse at night, or not eased by resting or lying down, should be checked.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Bitten Sie um einen dringenden Termin in der Hausarztpraxis oder wenden Sie sich heute an {nonemergency}. Schmerzen, die nachts schlimmer sind oder durch Ausruhen oder Hinlegen nicht nachlassen, sollten abgeklärt werden.</translation>
    </message>
    <message>
        <source>Pain that is worse at night, or not eased by resting or lying down, should be checked. Most of the time the cause is not serious.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Schmerzen, die nachts schlimmer sind oder sich in Ruhe oder im Liegen nicht bessern, sollten abgeklärt werden. Meist ist die Ursache nicht ernst.</translation>
    </message>
    <message>
        <source>New lump or change in the shape of the back</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Neue Schwellung oder veränderte Form des Rückens</translation>
    </message>
    <message>
        <source>Ask for an urgent GP appointment or contact {nonemergency} today. A new lump or a change in the shape of your back needs checking.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Bitten Sie um einen dringenden Termin in der Hausarztpraxis oder wenden Sie sich heute an {nonemergency}. Eine neue Schwellung oder eine veränderte Form Ihres Rückens muss abgeklärt werden.</translation>
    </message>
    <message>
        <source>A new lump or a change in the shape of your back should be looked at by a clinician.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Eine neue Schwellung oder eine Veränderung der Form Ihres Rückens sollte ärztlich angesehen werden.</translation>
    </message>
    <message>
        <source>Chest pain with back pain</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Brustschmerzen mit Rückenschmerzen</translation>
    </message>
    <message>
        <source>Call {emergency} or go to {emergency_department} now. With chest pain, call {emergency} for an ambulance rather than travelling yourself. Chest pain with back pain could be a sign of a serious problem that needs help straight away.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rufen Sie jetzt {emergency} an oder gehen Sie in {emergency_department}. Rufen Sie bei Brustschmerzen {emergency} für einen Rettungswagen, statt selbst zu fahren. Brustschmerzen mit Rückenschmerzen können ein Zeichen eines ernsten Problems sein, das sofort Hilfe braucht.</translation>
    </message>
    <message>
        <source>Chest pain with back pain could be a sign of a serious problem that needs help straight away.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Brustschmerzen mit Rückenschmerzen könnten ein Zeichen eines ernsten Problems sein, bei dem sofort Hilfe nötig ist.</translation>
    </message>
    <message>
        <source>Pain in the upper or middle back</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Schmerzen im oberen oder mittleren Rücken</translation>
    </message>
    <message>
        <source>Ask for an urgent GP appointment or contact {nonemergency} today. Pain coming from the upper or middle back (between or below the shoulder blades) rather than the low back should be checked. It is often muscular, but a clinician should look at it.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Bitten Sie um einen dringenden Termin in der Hausarztpraxis oder wenden Sie sich heute an {nonemergency}. Schmerzen aus dem oberen oder mittleren Rücken (zwischen oder unter den Schulterblättern) statt aus dem unteren Rücken sollten abgeklärt werden. Oft kommen sie von den Muskeln, aber eine Fachperson sollte sie ansehen.</translation>
    </message>
    <message>
        <source>Pain in the upper or middle back is often muscular, but it should be checked by a clinician.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Schmerzen im oberen oder mittleren Rücken kommen oft von den Muskeln, sollten aber ärztlich abgeklärt werden.</translation>
    </message>
    <message>
        <source>New back pain after cancer</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Neue Rückenschmerzen nach einer Krebserkrankung</translation>
    </message>
    <message>
        <source>Contact your cancer team or GP today (or {nonemergency} if you cannot reach them): after cancer, new back pain should be checked within 24 hours. If you get numbness, weakness, or changes in bladder or bowel control, call {emergency} or go to {emergency_department} now.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Wenden Sie sich heute an Ihr Krebsbehandlungsteam oder Ihre Hausarztpraxis (oder an {nonemergency}, wenn Sie sie nicht erreichen): Nach einer Krebserkrankung sollten neue Rückenschmerzen innerhalb von 24 Stunden abgeklärt werden. Wenn Taubheit, Schwäche oder Veränderungen der Blasen- oder Darmkontrolle auftreten, rufen Sie jetzt {emergency} an oder gehen Sie in {emergency_department}.</translation>
    </message>
    <message>
        <source>Call {emergency} or go to {emergency_department} now. After cancer, back pain with numbness, tingling, weakness, or changes in bladder, bowel or sexual function could be a sign of pressure on the spinal cord or nerves, which needs checking straight away. Let your cancer team know as well.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rufen Sie jetzt {emergency} an oder gehen Sie in {emergency_department}. Nach einer Krebserkrankung können Rückenschmerzen mit Taubheit, Kribbeln, Schwäche oder Veränderungen der Blasen-, Darm- oder Sexualfunktion ein Zeichen für Druck auf Rückenmark oder Nerven sein, der sofort abgeklärt werden muss. Informieren Sie auch Ihr Krebsbehandlungsteam.</translation>
    </message>
    <message>
        <source>After cancer, new back pain should be checked by your cancer team or GP within 24 hours.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Nach einer Krebserkrankung sollten neue Rückenschmerzen innerhalb von 24 Stunden von Ihrem onkologischen Behandlungsteam oder Ihrer Hausarztpraxis abgeklärt werden.</translation>
    </message>
    <message>
        <source>After cancer, back pain with numbness, tingling, weakness, or changes in bladder, bowel or sexual function could be a sign of pressure on the spinal cord or nerves.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Nach einer Krebserkrankung könnten Rückenschmerzen mit Taubheit, Kribbeln, Schwäche oder Veränderungen von Blase, Darm oder Sexualfunktion ein Zeichen von Druck auf das Rückenmark oder die Nerven sein.</translation>
    </message>
    <message>
        <source>First back pain after the age of 50</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Erstmals Rückenschmerzen nach dem 50. Lebensjahr</translation>
    </message>
    <message>
        <source>Book a GP appointment. Back pain starting for the first time after the age of 50 is usually still harmless, but it should be checked by a GP.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Vereinbaren Sie einen Termin in der Hausarztpraxis. Rückenschmerzen, die nach dem 50. Lebensjahr erstmals auftreten, sind meist trotzdem harmlos, sollten aber hausärztlich abgeklärt werden.</translation>
    </message>
    <message>
        <source>Back pain starting for the first time after the age of 50 is usually still harmless, but it should be checked by a GP.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Rückenschmerzen, die zum ersten Mal nach dem 50. Lebensjahr auftreten, sind meist trotzdem harmlos, sollten aber in der Hausarztpraxis abgeklärt werden.</translation>
    </message>
    <message>
        <source>Back pain lasting more than 6 weeks</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rückenschmerzen länger als 6 Wochen</translation>
    </message>
    <message>
        <source>Book a GP or physiotherapist appointment (if pregnant: your midwife or GP). Back pain lasting more than 6 weeks is called “persistent”. Ask about a structured exercise programme and other options. Keep gently active in the meantime.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Vereinbaren Sie einen Termin in der Hausarztpraxis oder Physiotherapie (in der Schwangerschaft: bei Ihrer Hebamme oder Hausärztin/Ihrem Hausarzt). Rückenschmerzen, die länger als 6 Wochen dauern, gelten als „anhaltend“. Fragen Sie nach einem strukturierten Übungsprogramm und anderen Möglichkeiten. Bleiben Sie bis dahin behutsam in Bewegung.</translation>
    </message>
    <message>
        <source>Back pain lasting more than 6 weeks is called “persistent”, and a structured plan can help.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Rückenschmerzen, die länger als 6 Wochen dauern, gelten als „anhaltend“, und ein strukturierter Plan kann helfen.</translation>
    </message>
    <message>
        <source>Bleeding in pregnancy</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Blutung in der Schwangerschaft</translation>
    </message>
    <message>
        <source>Possible signs of ectopic pregnancy</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Mögliche Zeichen einer Eileiterschwangerschaft</translation>
    </message>
    <message>
        <source>Contact your GP, early pregnancy unit or {nonemergency} now. Pain low in your tummy on one side, or pain in the tip of your shoulder, in early pregnancy could be a sign of an ectopic pregnancy. Call {emergency} if the pain is sudden and severe or you feel very dizzy or faint.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Wenden Sie sich jetzt an Ihre Hausarztpraxis, frauenärztliche Praxis oder {nonemergency}. Schmerzen auf einer Seite des Unterbauchs oder in der Schulterspitze in der Frühschwangerschaft können ein Zeichen einer Eileiterschwangerschaft sein. Rufen Sie {emergency} an, wenn der Schmerz plötzlich und stark ist oder Ihnen sehr schwindlig ist oder Sie sich einer Ohnmacht nahe fühlen.</translation>
    </message>
    <message>
        <source>Call {emergency} or go to {emergency_department} now. Pain low in your tummy on one side, or pain in the tip of your shoulder, with severe pain or feeling faint in early pregnancy could be a sign of an ectopic pregnancy, which needs help straight away.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rufen Sie jetzt {emergency} an oder gehen Sie in {emergency_department}. Schmerzen auf einer Seite des Unterbauchs oder in der Schulterspitze mit starken Schmerzen oder Ohnmachtsgefühl in der Frühschwangerschaft können ein Zeichen einer Eileiterschwangerschaft sein, die sofort Hilfe braucht.</translation>
    </message>
    <message>
        <source>Pain low in your tummy on one side, or pain in the tip of your shoulder, in early pregnancy could be a sign of an ectopic pregnancy.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Schmerzen auf einer Seite des Unterbauchs oder in der Schulterspitze in der Frühschwangerschaft könnten ein Zeichen einer Eileiterschwangerschaft sein.</translation>
    </message>
    <message>
        <source>One-sided low tummy pain or shoulder-tip pain in early pregnancy, with severe pain or feeling faint, could be a sign of an ectopic pregnancy that needs help straight away.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Einseitige Unterbauchschmerzen oder Schmerzen in der Schulterspitze in der Frühschwangerschaft, mit starken Schmerzen oder einem Gefühl, ohnmächtig zu werden, könnten ein Zeichen einer Eileiterschwangerschaft sein, bei der sofort Hilfe nötig ist.</translation>
    </message>
    <message>
        <source>Possible signs of early (preterm) labour</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Mögliche Zeichen vorzeitiger Wehen</translation>
    </message>
    <message>
        <source>Phone your maternity unit now. Regular tightenings, pressure in the pelvis, or cramps with diarrhoea before 37 weeks could be signs of early labour, as can a new constant dull backache. Most turn out not to be labour, but it must be checked.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rufen Sie jetzt Ihre Geburtsklinik an. Regelmäßige Verhärtungen, Druck im Becken oder Krämpfe mit Durchfall vor der 37. Woche können Zeichen vorzeitiger Wehen sein, ebenso neue anhaltende dumpfe Rückenschmerzen. Meist sind es keine Wehen, aber es muss abgeklärt werden.</translation>
    </message>
    <message>
        <source>Regular tightenings, pressure in the pelvis, or cramps with diarrhoea before 37 weeks could be signs of early labour. Most turn out not to be labour, but it must be checked.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Regelmäßige Verhärtungen des Bauchs, Druck im Becken oder Krämpfe mit Durchfall vor der 37. Woche könnten Zeichen vorzeitiger Wehen sein. Meist sind es keine Wehen, aber es muss abgeklärt werden.</translation>
    </message>
    <message>
        <source>Possible labour (37 weeks or more)</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Mögliche Wehen (ab der 37. Woche)</translation>
    </message>
    <message>
        <source>Phone your maternity unit or midwife now for advice, as planned. Regular back pain or tightenings from 37 weeks could be a sign of labour.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rufen Sie jetzt wie besprochen Ihre Geburtsklinik oder Hebamme an und lassen Sie sich beraten. Regelmäßige Rückenschmerzen oder Verhärtungen ab der 37. Woche können ein Zeichen von Wehen sein.</translation>
    </message>
    <message>
        <source>Regular back pain or tightenings from 37 weeks could be a sign of labour.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Regelmäßige Rückenschmerzen oder Verhärtungen des Bauchs ab der 37. Woche könnten ein Zeichen von Wehen sein.</translation>
    </message>
    <message>
        <source>Possible waters breaking</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Möglicher Blasensprung</translation>
    </message>
    <message>
        <source>Call your maternity unit now (straight away if the fluid is green, brown or smelly). A gush or trickle of fluid could be your waters breaking.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rufen Sie jetzt Ihre Geburtsklinik an (sofort, wenn die Flüssigkeit grün, braun oder übel riechend ist). Ein Schwall oder Tröpfeln von Flüssigkeit kann ein Blasensprung sein.</translation>
    </message>
    <message>
        <source>A gush or trickle of fluid could be your waters breaking.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Ein Schwall oder ein Tröpfeln von Flüssigkeit könnte ein Blasensprung sein.</translation>
    </message>
    <message>
        <source>Baby moving less than usual</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Baby bewegt sich weniger als sonst</translation>
    </message>
    <message>
        <source>Call your maternity unit now. Don&apos;t wait until tomorrow. A baby moving less than usual needs checking the same day.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rufen Sie jetzt Ihre Geburtsklinik an. Warten Sie nicht bis morgen. Wenn sich Ihr Baby weniger bewegt als sonst, muss das noch am selben Tag untersucht werden.</translation>
    </message>
    <message>
        <source>A baby moving less than usual needs checking the same day.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Wenn sich Ihr Baby weniger bewegt als sonst, muss das noch am selben Tag untersucht werden.</translation>
    </message>
    <message>
        <source>Possible signs of pre-eclampsia</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Mögliche Zeichen einer Präeklampsie</translation>
    </message>
    <message>
        <source>Contact your midwife, maternity unit or {nonemergency} now. A severe headache, vision changes, sudden swelling of the face, hands or feet, or pain just below the ribs could be signs of pre-eclampsia.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Wenden Sie sich jetzt an Ihre Hebamme, Geburtsklinik oder {nonemergency}. Starke Kopfschmerzen, Sehstörungen, plötzliche Schwellungen von Gesicht, Händen oder Füßen oder Schmerzen direkt unter den Rippen können Zeichen einer Präeklampsie sein.</translation>
    </message>
    <message>
        <source>A severe headache, vision changes, sudden swelling of the face, hands or feet, or pain just below the ribs could be signs of pre-eclampsia.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Starke Kopfschmerzen, Sehstörungen, plötzliche Schwellungen von Gesicht, Händen oder Füßen oder Schmerzen direkt unter den Rippen könnten Zeichen einer Präeklampsie sein.</translation>
    </message>
    <message>
        <source>Anti-inflammatory painkiller in pregnancy</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Entzündungshemmendes Schmerzmittel in der Schwangerschaft</translation>
    </message>
    <message>
        <source>Anti-inflammatory painkillers (ibuprofen, naproxen, diclofenac…) are not recommended in pregnancy unless prescribed. They must not be used after 28 weeks, and prolonged use from 20 weeks can harm the baby&apos;s kidneys. Paracetamol is usually the first choice. Speak to your pharmacist or midwife.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Entzündungshemmende Schmerzmittel (Ibuprofen, Naproxen, Diclofenac …) werden in der Schwangerschaft nur auf ärztliche Verordnung empfohlen. Nach der 28. Woche dürfen sie nicht verwendet werden, und eine längere Einnahme ab der 20. Woche kann den Nieren des Babys schaden. Paracetamol ist meist das Mittel der ersten Wahl. Sprechen Sie mit Ihrer Apotheke oder Hebamme.</translation>
    </message>
    <message>
        <source>Anti-inflammatory painkillers are not recommended in pregnancy unless prescribed, and must not be used after 28 weeks.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Entzündungshemmende Schmerzmittel werden in der Schwangerschaft nur auf ärztliche Verordnung empfohlen und dürfen nach der 28. Woche nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Severe pain in pregnancy</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Starke Schmerzen in der Schwangerschaft</translation>
    </message>
    <message>
        <source>Phone your midwife or maternity unit now. Severe back or tummy pain in pregnancy should be checked today.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Rufen Sie jetzt Ihre Hebamme oder Geburtsklinik an. Starke Rücken- oder Bauchschmerzen in der Schwangerschaft sollten heute abgeklärt werden.</translation>
    </message>
    <message>
        <source>Severe back or tummy pain in pregnancy should be checked today.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translation>Starke Rücken- oder Bauchschmerzen in der Schwangerschaft sollten heute abgeklärt werden.</translation>
    </message>
    <message>
        <source>If you are worried, or your symptoms get worse, contact {nonemergency}; in an emergency call {emergency}.</source>
        <extracomment>Clinical text: a clinician must review this translation. Keep {placeholders}.</extracomment>
        <translatorcomment>Draft by the developers; awaiting review by a German-speaking clinician before release.</translatorcomment>
        <translation>Wenn Sie besorgt sind oder Ihre Beschwerden schlimmer werden, wenden Sie sich an {nonemergency}; im Notfall rufen Sie {emergency} an.</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <source>Region and emergency numbers</source>
        <translation>Region und Notrufnummern</translation>
    </message>
</context>
<context>
    <name>RegionForm</name>
    <message>
        <source>Other: enter your own numbers</source>
        <extracomment>The format of the settings file; bump it with an upgrade step when keys change. The themes the settings dialog offers. The languages the settings dialog offers (&quot;system&quot; follows the desktop&apos;s locale). Text sizes (percent of the desktop&apos;s font size) the settings dialog offers. The application property that tells :func:`backdiary.ui.launch.run_gui` which folder to open when the event loop ends with ``RESTART_EXIT_CODE`` after a move. ``QApplication.exit`` status asking :func:`~backdiary.ui.launch.run_gui` to reopen the diary. When the daily reminder appears unless changed.</extracomment>
        <translation>Andere: eigene Nummern eingeben</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Notrufnummer</translation>
    </message>
    <message>
        <source>Non-emergency service</source>
        <translation>Nicht-Notfall-Dienst</translation>
    </message>
    <message>
        <source>e.g. your GP or the on-call doctor line</source>
        <translation>z. B. Ihre Hausarztpraxis oder der ärztliche Bereitschaftsdienst</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>&amp;Emergency number</source>
        <translation>&amp;Notrufnummer</translation>
    </message>
    <message>
        <source>&amp;Non-emergency help</source>
        <translation>&amp;Hilfe ohne Notfall</translation>
    </message>
</context>
<context>
    <name>RegionText</name>
    <message>
        <source>NHS 111</source>
        <extracomment>Urgencies that open the must-acknowledge dialog. Profile-based findings whose dialog opens once per pain episode (spec §1.3.4): a cancer survivor logging daily is not asked to confirm the same warning every day. They stay in the panel, the table and the Warnings view on every entry. The preset regions&apos; service names (their numbers need no translation), for lupdate.</extracomment>
        <translation>NHS 111</translation>
    </message>
    <message>
        <source>A&amp;E</source>
        <translation>die Notaufnahme (A&amp;E)</translation>
    </message>
    <message>
        <source>your GP or local out-of-hours service</source>
        <translation>Ihre Hausarztpraxis oder den ärztlichen Bereitschaftsdienst (116117)</translation>
    </message>
    <message>
        <source>the emergency department</source>
        <translation>die Notaufnahme</translation>
    </message>
    <message>
        <source>your doctor or an urgent care clinic</source>
        <translation>Ihre Ärztin oder Ihren Arzt oder eine Notfallpraxis</translation>
    </message>
    <message>
        <source>the emergency room</source>
        <translation>die Notaufnahme</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>backdiary reminder</source>
        <extracomment>How often the scheduler looks at the clock.</extracomment>
        <translation>backdiary-Erinnerung</translation>
    </message>
    <message>
        <source>Log now</source>
        <translation>Jetzt eintragen</translation>
    </message>
    <message>
        <source>No pain today</source>
        <translation>Heute keine Schmerzen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <source>Nothing is logged for today yet. Had a cramp? Log it now. No pain? One click records it.</source>
        <translation>Für heute ist noch nichts eingetragen. Hatten Sie einen Krampf? Tragen Sie ihn jetzt ein. Keine Schmerzen? Ein Klick genügt.</translation>
    </message>
    <message>
        <source>backdiary reminder</source>
        <translation>backdiary-Erinnerung</translation>
    </message>
    <message>
        <source>Medication reminder ({time}): take your medicine as prescribed.</source>
        <translation>Medikamenten-Erinnerung ({time}): Nehmen Sie Ihr Medikament wie verordnet.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Last 30 days</source>
        <extracomment>Report period presets: label → days (None = the whole diary).</extracomment>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Whole diary</source>
        <translation>Ganzes Tagebuch</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Gewählter Zeitraum</translation>
    </message>
    <message>
        <source>Report for your physiotherapist</source>
        <translation>Bericht für Ihre Physiotherapie</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Berichtszeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Summary (page 1)</source>
        <translation>Zusammenfassung (Seite 1)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Table of entries</source>
        <translation>Tabelle der Einträge</translation>
    </message>
    <message>
        <source>Include: {0}</source>
        <translation>Aufnehmen: {0}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Summary preview</source>
        <translation>Vorschau der Zusammenfassung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Berichtsstatus</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Seitenvorschau</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Nächste Seite ▶</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Den Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Den Bericht drucken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Tick at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Seite {0} von {1}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Choose another folder, or free some disk space, and try again.</source>
        <translation>Wählen Sie einen anderen Ordner oder schaffen Sie freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Saved {0} ({1} pages). The file is not encrypted: keep it safe.</source>
        <translation>{0} gespeichert ({1} Seiten). Die Datei ist nicht verschlüsselt: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Der Bericht wird gedruckt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The report was not printed</source>
        <translation>Der Bericht wurde nicht gedruckt</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Check that the printer is switched on and connected, then try again.</source>
        <translation>Prüfen Sie, ob der Drucker eingeschaltet und verbunden ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sent {0} pages to the printer.</source>
        <translation>{0} Seiten an den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>SaveFailure</name>
    <message>
        <source>the disk is full.</source>
        <translation>Die Festplatte ist voll.</translation>
    </message>
    <message>
        <source>the diary file cannot be written (it is read-only).</source>
        <translation>Die Tagebuch-Datei kann nicht geschrieben werden (sie ist schreibgeschützt).</translation>
    </message>
    <message>
        <source>another program is using the diary right now.</source>
        <translation>Ein anderes Programm verwendet das Tagebuch gerade.</translation>
    </message>
    <message>
        <source>the disk reported an error while writing.</source>
        <translation>Die Festplatte hat beim Schreiben einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Free some space on the disk that holds the diary ({folder}), for example by emptying the trash or deleting large files you no longer need, then press Save again: what you typed is still in the form.</source>
        <translation>Schaffen Sie Platz auf der Festplatte mit dem Tagebuch ({folder}), zum Beispiel indem Sie den Papierkorb leeren oder große, nicht mehr benötigte Dateien löschen, und drücken Sie dann erneut Speichern: Was Sie eingegeben haben, steht noch im Formular.</translation>
    </message>
    <message>
        <source>Check that the disk is not write-protected and that you may write to the diary folder ({folder}), then press Save again: what you typed is still in the form.</source>
        <translation>Prüfen Sie, ob das Laufwerk schreibgeschützt ist und ob Sie in den Tagebuch-Ordner ({folder}) schreiben dürfen, und drücken Sie dann erneut Speichern: Was Sie eingegeben haben, steht noch im Formular.</translation>
    </message>
    <message>
        <source>Close other programs that may have the diary open (a database tool, or backdiary started from a terminal), wait a moment, then press Save again: what you typed is still in the form.</source>
        <translation>Schließen Sie andere Programme, die das Tagebuch geöffnet haben könnten (ein Datenbank-Werkzeug oder ein im Terminal gestartetes backdiary), warten Sie einen Moment und drücken Sie dann erneut Speichern: Was Sie eingegeben haben, steht noch im Formular.</translation>
    </message>
    <message>
        <source>If the diary is on a USB stick or another removable drive, check that it is still connected, then press Save again: what you typed is still in the form. Make a backup soon.</source>
        <translation>Wenn das Tagebuch auf einem USB-Stick oder einem anderen Wechsellaufwerk liegt, prüfen Sie, ob es noch angeschlossen ist, und drücken Sie dann erneut Speichern: Was Sie eingegeben haben, steht noch im Formular. Legen Sie bald eine Sicherung an.</translation>
    </message>
    <message>
        <source>the diary file appears to be damaged.</source>
        <translation>Die Tagebuch-Datei scheint beschädigt zu sein.</translation>
    </message>
    <message>
        <source>Copy what you typed somewhere safe, then close backdiary and start it again: it will check the diary and offer to restore a backup or rescue your entries.</source>
        <translation>Kopieren Sie Ihre Eingabe an einen sicheren Ort, schließen Sie dann backdiary und starten Sie es neu: Es prüft das Tagebuch und bietet an, eine Sicherung wiederherzustellen oder Ihre Einträge zu retten.</translation>
    </message>
    <message>
        <source>the diary file could not be reached.</source>
        <translation>Die Tagebuch-Datei ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>If the diary is on a removable or network drive, reconnect it ({folder}), then press Save again: what you typed is still in the form.</source>
        <translation>Wenn das Tagebuch auf einem Wechsel- oder Netzlaufwerk liegt, schließen Sie es wieder an ({folder}) und drücken Sie dann erneut Speichern: Was Sie eingegeben haben, steht noch im Formular.</translation>
    </message>
    <message>
        <source>Check the disk and the diary folder ({folder}), then press Save again: what you typed is still in the form.</source>
        <translation>Prüfen Sie die Festplatte und den Tagebuch-Ordner ({folder}) und drücken Sie dann erneut Speichern: Was Sie eingegeben haben, steht noch im Formular.</translation>
    </message>
    <message>
        <source>The entry was not deleted: {what}

Close backdiary and start it again: it will check the diary and offer to restore a backup or rescue your entries.</source>
        <translation>Der Eintrag wurde nicht gelöscht: {what}

Schließen Sie backdiary und starten Sie es neu: Es prüft das Tagebuch und bietet an, eine Sicherung wiederherzustellen oder Ihre Einträge zu retten.</translation>
    </message>
    <message>
        <source>The entry was not deleted: {what}

It is still in the diary. Once the cause is fixed, delete it again.</source>
        <translation>Der Eintrag wurde nicht gelöscht: {what}

Er ist noch im Tagebuch. Sobald die Ursache behoben ist, löschen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>writing the diary failed ({reason}).</source>
        <translation>Das Schreiben des Tagebuchs ist fehlgeschlagen ({reason}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{folder} already holds a diary.</source>
        <translation>{folder} enthält bereits ein Tagebuch.</translation>
    </message>
    <message>
        <source>Choose an empty folder.</source>
        <translation>Wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <source>The diary could not be copied ({reason}).</source>
        <translation>Das Tagebuch konnte nicht kopiert werden ({reason}).</translation>
    </message>
    <message>
        <source>Your diary has not been changed.</source>
        <translation>Ihr Tagebuch wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The diary is already in {folder}.</source>
        <translation>Das Tagebuch liegt bereits in {folder}.</translation>
    </message>
    <message>
        <source>The copy of the diary did not match.</source>
        <translation>Die Kopie des Tagebuchs stimmte nicht überein.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me daily if I have not logged anything</source>
        <translation>Täglich erinnern, wenn ich nichts eingetragen habe</translation>
    </message>
    <message>
        <source>Daily reminder time</source>
        <translation>Uhrzeit der täglichen Erinnerung</translation>
    </message>
    <message>
        <source>Daily reminder &amp;at</source>
        <translation>Tägliche Erinnerung &amp;um</translation>
    </message>
    <message>
        <source>Remind me to take my medicine</source>
        <translation>An die Einnahme meiner Medikamente erinnern</translation>
    </message>
    <message>
        <source>e.g. 08:00, 20:00</source>
        <translation>z. B. 08:00, 20:00</translation>
    </message>
    <message>
        <source>Medication reminder times</source>
        <translation>Uhrzeiten der Medikamenten-Erinnerung</translation>
    </message>
    <message>
        <source>Times as hours:minutes, separated by commas</source>
        <translation>Uhrzeiten als Stunden:Minuten, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Medicine &amp;times</source>
        <translation>Medikamenten-&amp;Uhrzeiten</translation>
    </message>
    <message>
        <source>Region and emergency numbers</source>
        <translation>Region und Notrufnummern</translation>
    </message>
    <message>
        <source>Appearance and language</source>
        <translation>Darstellung und Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation>Schrift&amp;größe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>A new language applies the next time backdiary starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von backdiary.</translation>
    </message>
    <message>
        <source>Tray</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <source>Closing the window keeps backdiary in the tray</source>
        <translation>Schließen des Fensters lässt backdiary im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Start in the tray (window hidden)</source>
        <translation>Im Infobereich starten (Fenster verborgen)</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons right now: closing the window quits backdiary, and reminders appear only while its window is open.</source>
        <translation>Diese Arbeitsumgebung zeigt derzeit keine Symbole im Infobereich: Beim Schließen des Fensters wird backdiary beendet, und Erinnerungen erscheinen nur, solange das Fenster offen ist.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Diary folder</source>
        <translation>Tagebuchordner</translation>
    </message>
    <message>
        <source>Move the diary…</source>
        <translation>Tagebuch verschieben…</translation>
    </message>
    <message>
        <source>Moving copies the diary into a new folder, checks the copy and reopens backdiary from there.</source>
        <translation>Beim Verschieben wird das Tagebuch in einen neuen Ordner kopiert, die Kopie geprüft und backdiary von dort neu geöffnet.</translation>
    </message>
    <message>
        <source>The diary was copied to {folder} and checked; backdiary now reopens it from there. The old folder {old} stays as it is until you remove it.</source>
        <translation>Das Tagebuch wurde nach {folder} kopiert und geprüft; backdiary öffnet es jetzt von dort. Der alte Ordner {old} bleibt unverändert, bis Sie ihn entfernen.</translation>
    </message>
    <message>
        <source>From now on, start it with: backdiary --data-dir {folder}</source>
        <translation>Starten Sie es ab jetzt mit: backdiary --data-dir {folder}</translation>
    </message>
    <message>
        <source>Move the diary to {folder}?

backdiary copies it there, checks the copy and then reopens from the new folder. The old folder is left as it is.</source>
        <translation>Das Tagebuch nach {folder} verschieben?

backdiary kopiert es dorthin, prüft die Kopie und öffnet es dann aus dem neuen Ordner. Der alte Ordner bleibt unverändert.</translation>
    </message>
    <message>
        <source>On the next start backdiary opens {folder}.</source>
        <translation>Beim nächsten Start öffnet backdiary {folder}.</translation>
    </message>
    <message>
        <source>You can also open any folder once with: backdiary --data-dir FOLDER</source>
        <translation>Sie können auch einmalig einen beliebigen Ordner öffnen mit: backdiary --data-dir ORDNER</translation>
    </message>
    <message>
        <source>{text} is not a time (use hours:minutes, e.g. 08:00)</source>
        <translation>{text} ist keine Uhrzeit (Stunden:Minuten, z. B. 08:00)</translation>
    </message>
    <message>
        <source>Enter at least one time for the medicine reminder.</source>
        <translation>Geben Sie mindestens eine Uhrzeit für die Medikamenten-Erinnerung ein.</translation>
    </message>
    <message>
        <source>Choose the new diary folder</source>
        <translation>Neuen Tagebuchordner wählen</translation>
    </message>
    <message>
        <source>Moving the diary</source>
        <translation>Tagebuch verschieben</translation>
    </message>
</context>
<context>
    <name>SeverityScale</name>
    <message>
        <source>Pain score, 0 to 10</source>
        <extracomment>A chosen button must be obvious at a glance (and not by colour alone: bold text too).</extracomment>
        <translation>Schmerzwert, 0 bis 10</translation>
    </message>
    <message>
        <source>0 means no pain, 10 the worst pain imaginable. Digit keys set the score.</source>
        <translation>0 bedeutet keine Schmerzen, 10 die schlimmsten vorstellbaren Schmerzen. Zifferntasten setzen den Wert.</translation>
    </message>
    <message>
        <source>Pain score {score}: {word}</source>
        <translation>Schmerzwert {score}: {word}</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <source>Add your own…</source>
        <translation>Eigenes hinzufügen…</translation>
    </message>
    <message>
        <source>{name}: add your own</source>
        <translation>{name}: eigenes hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>{name}: add</source>
        <translation>{name}: hinzufügen</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock diary – backdiary</source>
        <translation>Tagebuch entsperren – backdiary</translation>
    </message>
    <message>
        <source>This diary is encrypted</source>
        <translation>Dieses Tagebuch ist verschlüsselt</translation>
    </message>
    <message>
        <source>Enter its passphrase to open the diary in {folder}.</source>
        <translation>Geben Sie die Passphrase ein, um das Tagebuch in {folder} zu öffnen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>Passphrase an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the system keyring)</source>
        <translation>Auf diesem Computer &amp;merken (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>Anyone who can use your account on this computer can then open the diary.</source>
        <translation>Wer Ihr Benutzerkonto auf diesem Computer benutzen kann, kann das Tagebuch dann öffnen.</translation>
    </message>
    <message>
        <source>Remembering the passphrase is not available: {reason}.</source>
        <translation>Die Passphrase kann nicht gemerkt werden: {reason}.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered: nobody, not even backdiary, can open the diary without it.</source>
        <translation>Eine vergessene Passphrase lässt sich nicht wiederherstellen: Niemand, auch backdiary nicht, kann das Tagebuch ohne sie öffnen.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>Wrong passphrase – the diary was not changed. Check Caps Lock and the keyboard layout, then try again (attempt {n}).</source>
        <translation>Falsche Passphrase – das Tagebuch wurde nicht verändert. Prüfen Sie die Feststelltaste und die Tastaturbelegung und versuchen Sie es erneut (Versuch {n}).</translation>
    </message>
    <message>
        <source>The passphrase could not be remembered: {reason}.</source>
        <translation>Die Passphrase konnte nicht gemerkt werden: {reason}.</translation>
    </message>
    <message>
        <source>The passphrase in {name} is wrong; enter the right one.</source>
        <translation>Die Passphrase in {name} ist falsch; geben Sie die richtige ein.</translation>
    </message>
    <message>
        <source>The passphrase remembered on this computer no longer opens the diary.</source>
        <translation>Die auf diesem Computer gemerkte Passphrase öffnet das Tagebuch nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Urgent: today</source>
        <translation>Dringend: heute</translation>
    </message>
    <message>
        <source>See GP or physio</source>
        <translation>Hausarzt/Physio</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
</TS>

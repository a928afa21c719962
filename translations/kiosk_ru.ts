<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>ActionBar</name>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="328" />
      <source>Choose a sanatorium kindergarten</source>
      <translation>Выбрать санаторный детский сад</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="329" />
      <source>Choose a state kindergarten</source>
      <translation>Выбрать государственный детский сад</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="330" />
      <source>Confirm interest</source>
      <translation>Подтвердить заинтересованность</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="331" />
      <source>Change the benefit</source>
      <translation>Изменить льготность</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="332" />
      <source>Withdraw from the queue</source>
      <translation>Снять с очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="334" />
      <source>Extend the referral</source>
      <translation>Продлить направление</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="335" />
      <source>Revoke the referral</source>
      <translation>Отозвать направление</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="338" />
      <source>Why?</source>
      <translation>Почему?</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="339" />
      <location filename="../kiosk/ui/journal/detail.py" line="340" />
      <source>Why is this not available?</source>
      <translation>Почему недоступно?</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="341" />
      <source>This application is closed: no actions are available.</source>
      <translation>Это заявление закрыто: действия по нему недоступны.</translation>
    </message>
  </context>
  <context>
    <name>ActionPage</name>
    <message>
      <location filename="../kiosk/ui/actions/base.py" line="154" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/base.py" line="162" />
      <source>Done: the application has been updated.</source>
      <translation>Готово: заявление обновлено.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/base.py" line="186" />
      <source>Waiting for the signature…</source>
      <translation>Ожидание подписи…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/base.py" line="196" />
      <source>Sending to the central database…</source>
      <translation>Отправка в центральную базу данных…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/base.py" line="218" />
      <source>The request was not signed, so nothing was sent.</source>
      <translation>Запрос не подписан, поэтому ничего не отправлено.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/base.py" line="275" />
      <source>Child's full name</source>
      <translation>ФИО ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/base.py" line="276" />
      <source>Child's IIN</source>
      <translation>ИИН ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/base.py" line="277" />
      <source>Application number</source>
      <translation>Номер заявления</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/base.py" line="278" />
      <source>Queue number</source>
      <translation>Номер очереди</translation>
    </message>
  </context>
  <context>
    <name>ApplicantPage</name>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="106" />
      <source>Applicant information</source>
      <translation>Ввод информации о заявителе</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="108" />
      <source>Filled in from the state database «Individuals»; it cannot be changed here.</source>
      <translation>Заполнено из Государственной базы данных «Физические лица»; изменить здесь нельзя.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="110" />
      <source>Applicant's IIN</source>
      <translation>ИИН заявителя</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="111" />
      <source>Applicant's date of birth</source>
      <translation>Дата рождения заявителя</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="112" />
      <source>Applicant's surname</source>
      <translation>Фамилия заявителя</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="113" />
      <source>Applicant's name</source>
      <translation>Имя заявителя</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="114" />
      <source>Applicant's patronymic</source>
      <translation>Отчество заявителя</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="116" />
      <source>Address of residence</source>
      <translation>Адрес проживания</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="118" />
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="118" />
      <source>District</source>
      <translation>Район</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="118" />
      <source>Street</source>
      <translation>Улица</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="119" />
      <source>House</source>
      <translation>Дом</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="119" />
      <source>Flat</source>
      <translation>Квартира</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="121" />
      <source>Contact details</source>
      <translation>Контактные данные</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="123" />
      <source>E-mail address</source>
      <translation>Электронная почта</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="124" />
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="125" />
      <source>Additional e-mail address</source>
      <translation>Дополнительный e-mail</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="126" />
      <source>Additional phone</source>
      <translation>Дополнительный телефон</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="130" />
      <source>* required fields</source>
      <translation>* — обязательные поля</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="131" />
      <source>Please note!</source>
      <translation>Просим обратить внимание!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="132" />
      <source>Give your current contact details (mobile phone number, e-mail). Notifications will be sent to this e-mail address and phone number.</source>
      <translation>При подаче заявления необходимо указывать актуальные контактные данные (мобильный номер телефона, электронная почта). На указанные электронную почту и номер телефона будут направляться сообщения уведомительного характера.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="134" />
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="135" />
      <source>Next</source>
      <translation>Вперед</translation>
    </message>
  </context>
  <context>
    <name>ApplicationView</name>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="424" />
      <source>Application information</source>
      <translation>Информация о заявлении</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="425" />
      <source>Change history</source>
      <translation>История изменений</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="426" />
      <source>General documents</source>
      <translation>Общие документы</translation>
    </message>
  </context>
  <context>
    <name>Catalogue</name>
    <message>
      <location filename="../kiosk/ui/demo.py" line="50" />
      <source>Children of servicemen, including those who died or went missing on duty</source>
      <translation>Дети военнослужащих, в том числе погибших, пропавших без вести при исполнении служебных обязанностей</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="52" />
      <source>Children of staff of special state bodies, including those who died on duty</source>
      <translation>Дети сотрудников специальных государственных органов, в том числе погибших при исполнении служебных обязанностей</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="54" />
      <source>Orphans and children left without parental care</source>
      <translation>Дети-сироты и дети, оставшиеся без попечения родителей</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="56" />
      <source>Children with disabilities</source>
      <translation>Дети с инвалидностью</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="57" />
      <source>Children of parents with disabilities</source>
      <translation>Дети, родители которых являются лицами с инвалидностью</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="59" />
      <source>Children of large families</source>
      <translation>Дети из многодетных семей</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="60" />
      <source>Children with special educational needs</source>
      <translation>Дети с особыми образовательными потребностями</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="64" />
      <source>Early and latent forms of tuberculosis infection</source>
      <translation>Ранние и скрытые формы туберкулезной инфекции</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="66" />
      <source>Frequently ill children</source>
      <translation>Часто болеющие дети</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="67" />
      <source>Diseases of the respiratory organs</source>
      <translation>Заболевания органов дыхания</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="68" />
      <source>Disorders of the musculoskeletal system</source>
      <translation>Нарушения опорно-двигательного аппарата</translation>
    </message>
  </context>
  <context>
    <name>CentralErrors</name>
    <message>
      <location filename="../kiosk/ui/errors.py" line="238" />
      <source>There is no connection to the central database. Please try again in a few minutes.</source>
      <translation>Нет связи с центральной базой данных. Повторите попытку через несколько минут.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="241" />
      <source>The central database is not answering right now. Please try again in a few minutes.</source>
      <translation>Центральная база данных сейчас не отвечает. Повторите попытку через несколько минут.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="244" />
      <source>Your session has ended. Please log in again.</source>
      <translation>Ваш сеанс завершен. Войдите снова.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="245" />
      <source>The login took too long. Please try again.</source>
      <translation>Вход занял слишком много времени. Повторите попытку.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="246" />
      <source>This IIN is not in the state register of persons.</source>
      <translation>Этого ИИН нет в государственной базе данных «Физические лица».</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="248" />
      <source>No mobile phone number is registered for this IIN. Log in with your EDS.</source>
      <translation>Для этого ИИН не зарегистрирован номер мобильного телефона. Войдите по ЭЦП.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="251" />
      <source>A code was sent a moment ago. You can ask for a new one in {s} seconds.</source>
      <translation>Код только что отправлен. Новый код можно запросить через {s} с.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="254" />
      <source>Wrong code: {n} tries left.</source>
      <translation>Неверный код: осталось попыток — {n}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="255" />
      <source>The code has expired: ask for a new one.</source>
      <translation>Срок действия кода истек: запросите новый.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="256" />
      <source>Too many wrong codes. Ask for a new code.</source>
      <translation>Слишком много неверных кодов. Запросите новый код.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="257" />
      <source>The signature was not accepted. Please sign again.</source>
      <translation>Подпись не принята. Подпишите еще раз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="259" />
      <source>The application must be signed with the EDS of the applicant who logged in.</source>
      <translation>Заявление должно быть подписано ЭЦП заявителя, вошедшего в систему.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="262" />
      <source>The register does not list you as this child's parent.</source>
      <translation>По данным ГБД ФЛ вы не являетесь родителем этого ребенка.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="264" />
      <source>The child's IIN is not in the state register of persons.</source>
      <translation>ИИН ребенка отсутствует в государственной базе данных «Физические лица».</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="266" />
      <source>The chosen district is not served by this queue.</source>
      <translation>Выбранный район не обслуживается этой очередью.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="268" />
      <source>The chosen benefit category is not known to the central database.</source>
      <translation>Выбранная категория льготности неизвестна центральной базе данных.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="270" />
      <source>Choose the profile of the sanatorium kindergarten.</source>
      <translation>Выберите профиль санаторного детского сада.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="272" />
      <source>The central database could not read the application. Please check it and send it again.</source>
      <translation>Центральная база данных не смогла прочитать заявление. Проверьте данные и отправьте снова.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="275" />
      <source>The kiosk's clock is wrong, so the signature was refused. Please tell the service centre staff.</source>
      <translation>Часы киоска идут неверно, поэтому подпись не принята. Сообщите сотруднику ЦОН.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="278" />
      <source>This kiosk is not allowed to send applications. Please tell the service centre staff.</source>
      <translation>Этому киоску не разрешено отправлять заявления. Сообщите сотруднику ЦОН.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="281" />
      <source>You cannot see or change this application.</source>
      <translation>Вы не можете просматривать или изменять это заявление.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="283" />
      <source>Only children under 7 are put in the queue: this child is 7 or older.</source>
      <translation>В очередь ставятся только дети до 7 лет: ребенку уже исполнилось 7 лет.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="285" />
      <source>This child already has an application in this queue: a second one is not accepted. You can see it in the applications journal.</source>
      <translation>У этого ребенка уже есть заявление в этой очереди: второе заявление не принимается. Его можно посмотреть в журнале заявлений.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="288" />
      <source>The child's IIN is not valid.</source>
      <translation>ИИН ребенка недействителен.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="289" />
      <source>The child's date of birth is not valid.</source>
      <translation>Дата рождения ребенка недействительна.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="291" />
      <source>The central database refused the request (code: {code}).</source>
      <translation>Центральная база данных отклонила запрос (код: {code}).</translation>
    </message>
  </context>
  <context>
    <name>ChangeBenefitPage</name>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="71" />
      <source>Choose the benefit category.</source>
      <translation>Выберите категорию льготности.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="73" />
      <source>Attach the documents confirming the benefit.</source>
      <translation>Приложите документы, удостоверяющие льготу.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="75" />
      <source>The application already has this benefit: choose another one.</source>
      <translation>У заявления уже эта льгота: выберите другую.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="80" />
      <source>Change the benefit</source>
      <translation>Изменить льготность</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="84" />
      <source>Current benefit</source>
      <translation>Текущая льгота</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="87" />
      <source>Benefit information</source>
      <translation>Информация о льготности</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="88" />
      <source>Beneficiary</source>
      <translation>Льготник</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="89" />
      <source>Benefit category</source>
      <translation>Категория льготности</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="90" />
      <source>Choose from the list</source>
      <translation>Выберите из списка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="91" />
      <source>Documents confirming the benefit</source>
      <translation>Документы, удостоверяющие льготу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="92" />
      <source>Please note!</source>
      <translation>Просим обратить внимание!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="93" />
      <source>Attach only good-quality copies of all documents. If incorrect (unreadable) documents are attached, the child will be refused admission to the preschool organisation.</source>
      <translation>Необходимо прикладывать только качественные копии всех документов. В случае вложения некорректных (нечитаемых) документов, Вам будет отказано в зачислении в дошкольную организацию.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="96" />
      <source>Sign and send</source>
      <translation>Подписать и отправить</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="99" />
      <source>The benefit has been changed.</source>
      <translation>Льготность изменена.</translation>
    </message>
  </context>
  <context>
    <name>ChildPage</name>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="178" />
      <source>Data on minor children</source>
      <translation>Данные о несовершеннолетних детях</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="179" />
      <source>Child's IIN</source>
      <translation>ИИН ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="181" />
      <source>Enter the child's 12-digit IIN: the name and date of birth are filled in from the register.</source>
      <translation>Введите 12-значный ИИН ребенка: имя и дата рождения заполнятся из ГБД ФЛ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="184" />
      <source>Child's name</source>
      <translation>Имя ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="184" />
      <source>Child's surname</source>
      <translation>Фамилия ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="185" />
      <source>Child's patronymic</source>
      <translation>Отчество ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="186" />
      <source>Child's date of birth</source>
      <translation>Дата рождения ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="188" />
      <source>Queue</source>
      <translation>Очередь</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="189" />
      <source>Kindergarten (general queue)</source>
      <translation>Детский сад (общая очередь)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="190" />
      <source>Sanatorium kindergarten</source>
      <translation>Санаторный детский сад</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="191" />
      <source>Profile of the sanatorium kindergarten</source>
      <translation>Профиль санаторного детского сада</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="192" />
      <source>District or city</source>
      <translation>Район или город</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="194" />
      <source>Astana, Almaty and Aktobe have their own portals and are not in this list.</source>
      <translation>Астана, Алматы и Актобе обслуживаются своими порталами и в списке отсутствуют.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="195" />
      <source>Choose from the list</source>
      <translation>Выберите из списка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="198" />
      <source>Beneficiary</source>
      <translation>Льготник</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="199" />
      <source>Benefit information</source>
      <translation>Информация о льготности</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="200" />
      <source>Please note!</source>
      <translation>Просим обратить внимание!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="201" />
      <source>Attach only good-quality copies of all documents. If incorrect (unreadable) documents are attached, the child will be refused admission to the preschool organisation.</source>
      <translation>Необходимо прикладывать только качественные копии всех документов. В случае вложения некорректных (нечитаемых) документов, Вам будет отказано в зачислении в дошкольную организацию.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="204" />
      <source>Benefit category</source>
      <translation>Категория льготности</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="205" />
      <source>Documents confirming the benefit</source>
      <translation>Документы, удостоверяющие льготу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="206" />
      <source>Add a scan</source>
      <translation>Добавить скан-копию</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="207" />
      <source>PDF, JPEG or PNG, at most {mb} MB each.</source>
      <translation>PDF, JPEG или PNG, не более {mb} МБ каждый.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="209" />
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="210" />
      <source>Send</source>
      <translation>Отправить</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="241" />
      <source>Waiting for the signature…</source>
      <translation>Ожидание подписи…</translation>
    </message>
  </context>
  <context>
    <name>ChooseKindergartenPage</name>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="111" />
      <location filename="../kiosk/ui/actions/choose.py" line="209" />
      <source>Loading the list of free places…</source>
      <translation>Загрузка списка свободных мест…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="124" />
      <location filename="../kiosk/ui/actions/choose.py" line="211" />
      <source>There are no free places for the child now.</source>
      <translation>Сейчас для ребенка нет свободных мест.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="135" />
      <source>Try again</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="164" />
      <source>Choose a kindergarten in the list.</source>
      <translation>Выберите детский сад в списке.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="183" />
      <source>Choose a sanatorium kindergarten</source>
      <translation>Выбрать санаторный детский сад</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="185" />
      <source>Choice of a state preschool organisation</source>
      <translation>Выбор государственной детской дошкольной организации</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="186" />
      <source>List of available preschool organisations</source>
      <translation>Список доступных дошкольных организаций</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="187" />
      <source>Search</source>
      <translation>Поиск</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="187" />
      <source>(All)</source>
      <translation>(Все)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="190" />
      <source>Please note!</source>
      <translation>Просим обратить внимание!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="191" />
      <source>Please mind the language of instruction and the location of the preschool organisation you choose.</source>
      <translation>Просим обратить внимание на язык обучения и местонахождение выбранной дошкольной организации.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="193" />
      <source>Your choice</source>
      <translation>Ваш выбор</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="194" />
      <source>Kindergarten name</source>
      <translation>Название детского сада</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="195" />
      <source>Location</source>
      <translation>Местоположение</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="196" />
      <source>Language of instruction</source>
      <translation>Язык обучения</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="197" />
      <source>Contact phone number</source>
      <translation>Контактный номер телефона</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="199" />
      <source>Documents confirming the benefit</source>
      <translation>Документы, удостоверяющие льготу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="201" />
      <source>The referral is given by benefit category: attach the documents confirming the benefit, issued no earlier than {days} calendar days ago.</source>
      <translation>Направление выдается по льготной категории: приложите документы, удостоверяющие льготу, выданные не ранее чем за {days} календарных дней.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="204" />
      <source>Date of issue of the documents</source>
      <translation>Дата выдачи документов</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="207" />
      <source>Sign and send</source>
      <translation>Подписать и отправить</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="226" />
      <source>The referral has been issued: it is in «General documents».</source>
      <translation>Направление выдано: оно во вкладке «Общие документы».</translation>
    </message>
  </context>
  <context>
    <name>ClerkRelease</name>
    <message>
      <location filename="../kiosk/ui/release.py" line="28" />
      <source>Leaving kiosk mode: a service-centre employee signs in with their organisation's authentication key (AUTH).</source>
      <translation>Выход из режима киоска: сотрудник ЦОН входит с ключом аутентификации (AUTH) своей организации.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/release.py" line="32" />
      <source>This is a personal key. Use the key of a service-centre employee (an organisation's key).</source>
      <translation>Это личный ключ. Используйте ключ сотрудника ЦОН (ключ организации).</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/release.py" line="35" />
      <source>This key belongs to an employee of another organisation: it cannot take the kiosk out of kiosk mode.</source>
      <translation>Этот ключ принадлежит сотруднику другой организации: с ним нельзя выйти из режима киоска.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/release.py" line="38" />
      <source>This employee is not on the list of clerks of this kiosk.</source>
      <translation>Этого сотрудника нет в списке операторов этого киоска.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/release.py" line="40" />
      <source>The signature does not belong to this request. Please try again.</source>
      <translation>Подпись не относится к этому запросу. Попробуйте ещё раз.</translation>
    </message>
  </context>
  <context>
    <name>ConfirmCancel</name>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="85" />
      <source>Cancel the application?</source>
      <translation>Отменить подачу заявления?</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="86" />
      <source>Everything you entered will be erased.</source>
      <translation>Все введенные данные будут удалены.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="87" />
      <source>Yes, cancel</source>
      <translation>Да, отменить</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="88" />
      <source>No, continue</source>
      <translation>Нет, продолжить</translation>
    </message>
  </context>
  <context>
    <name>ConfirmInterestPage</name>
    <message>
      <location filename="../kiosk/ui/actions/confirm.py" line="39" />
      <source>Confirmation of interest in a place in a preschool organisation</source>
      <translation>Подтверждение заинтересованности в получении места в ДДО</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/confirm.py" line="40" />
      <source>Confirm your action</source>
      <translation>Подтвердите свое действие</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/confirm.py" line="43" />
      <source>Interest in a place must be confirmed every 12 months from the registration, else the child is removed from the queue.</source>
      <translation>Каждые 12 месяцев с момента постановки в очередь необходимо подтверждать заинтересованность в получении места, иначе ребенок будет снят с очереди.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/confirm.py" line="46" />
      <source>Confirm by {date}.</source>
      <translation>Подтвердите до {date}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/confirm.py" line="48" />
      <source>Please note!</source>
      <translation>Просим обратить внимание!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/confirm.py" line="49" />
      <source>Confirm</source>
      <translation>Подтвердить</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/confirm.py" line="52" />
      <source>Interest confirmed: the child stays in the queue.</source>
      <translation>Заинтересованность подтверждена: ребенок остается в очереди.</translation>
    </message>
  </context>
  <context>
    <name>DescriptionPage</name>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="77" />
      <source>Service description</source>
      <translation>Описание услуги</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="79" />
      <source>Registering preschool children (under 7) in the queue for a referral to preschool organisations</source>
      <translation>Постановка на очередь детей дошкольного возраста (до 7 лет) для направления в детские дошкольные организации</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="82" />
      <source>Which state body provides the service</source>
      <translation>Какой госорган оказывает услугу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="83" />
      <source>Form of the service</source>
      <translation>Форма оказания услуги</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="84" />
      <source>Documents needed</source>
      <translation>Необходимые документы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="85" />
      <source>Time to provide the service</source>
      <translation>Сроки оказания услуги</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="86" />
      <source>Cost of the service and payment</source>
      <translation>Стоимость услуги и порядок оплаты</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="87" />
      <source>Result of the service</source>
      <translation>Результат оказания услуги</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="88" />
      <source>When the service may be refused</source>
      <translation>В каких случаях может быть отказано в оказании услуги</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="92" />
      <source>The local executive body</source>
      <translation>Местный исполнительный орган</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="93" />
      <source>Automatic</source>
      <translation>Автоматическая</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="95" />
      <source>The applicant's electronic digital signature (EDS)</source>
      <translation>Электронная цифровая подпись (ЭЦП) заявителя</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="96" />
      <source>If a benefit is claimed: documents confirming the benefit category</source>
      <translation>При указании льготы: документы, подтверждающие наличие льготной категории</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="98" />
      <source>5 minutes</source>
      <translation>5 минут</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="99" />
      <source>Free of charge</source>
      <translation>Бесплатно</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="101" />
      <source>A notice of registration in the queue for a referral to a preschool organisation</source>
      <translation>Уведомление о постановке на очередь для получения направления в дошкольную организацию</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="103" />
      <source>The child is 7 years old or older</source>
      <translation>Возраст ребенка 7 лет и старше</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="104" />
      <source>The child is already in this queue (an application was filed before)</source>
      <translation>Ребенок уже стоит в этой очереди (заявление подано ранее)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="105" />
      <source>The documents or data given are found to be untrue</source>
      <translation>Установлена недостоверность представленных документов или сведений</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="111" />
      <source>I confirm that I have read the instruction</source>
      <translation>Подтверждаю, что я ознакомлен с инструкцией</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="112" />
      <source>Submit an application</source>
      <translation>Подать заявку</translation>
    </message>
  </context>
  <context>
    <name>DocumentPreview</name>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="438" />
      <source>Print</source>
      <translation>Печать</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="439" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
  </context>
  <context>
    <name>DocumentsTab</name>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="224" />
      <source>Preparing the document…</source>
      <translation>Подготовка документа…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="236" />
      <source>The document could not be prepared.</source>
      <translation>Не удалось подготовить документ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="257" />
      <source>Choose the folder to save the document in</source>
      <translation>Выберите папку для сохранения документа</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="264" />
      <source>The document could not be saved into {folder}.</source>
      <translation>Не удалось сохранить документ в папку {folder}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="267" />
      <source>Saved: {path}</source>
      <translation>Сохранено: {path}</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="305" />
      <source>Attachments to the application</source>
      <translation>Приложения к заявлению</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="306" />
      <source>General documents</source>
      <translation>Общие документы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="307" />
      <source>The application has no documents yet.</source>
      <translation>У заявления пока нет документов.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="308" />
      <source>Download</source>
      <translation>Скачать</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="308" />
      <source>Print</source>
      <translation>Печать</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="309" />
      <source>Print preview</source>
      <translation>Предварительный просмотр</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="323" />
      <source>No printer is connected. The document stays available: download it or print it later.</source>
      <translation>Принтер не подключен. Документ остается доступным: скачайте его или распечатайте позже.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="327" />
      <source>This document cannot be printed here. Download it instead.</source>
      <translation>Этот документ нельзя распечатать здесь. Скачайте его.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="329" />
      <source>The printer did not print the document. Check the printer and try again; the document stays available.</source>
      <translation>Принтер не распечатал документ. Проверьте принтер и повторите; документ остается доступным.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="345" />
      <source>The document was sent to the printer.</source>
      <translation>Документ отправлен на принтер.</translation>
    </message>
  </context>
  <context>
    <name>ExtendReferralPage</name>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="116" />
      <source>Extend the referral</source>
      <translation>Продлить направление</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="117" />
      <source>Referral information</source>
      <translation>Информация о направлении</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="119" />
      <source>Child's full name</source>
      <translation>ФИО ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="119" />
      <source>Referral status</source>
      <translation>Статус направления</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="120" />
      <source>Kindergarten name</source>
      <translation>Название детского сада</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="121" />
      <source>Kindergarten address</source>
      <translation>Адрес детского сада</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="121" />
      <source>Referral date</source>
      <translation>Дата направления</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="122" />
      <source>Referral expiry date</source>
      <translation>Дата истечения срока направления</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="133" />
      <source>Extension</source>
      <translation>Продление</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="134" />
      <source>Extension date</source>
      <translation>Дата продления</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="135" />
      <source>Once only, at most {days} calendar days: no later than {date}.</source>
      <translation>Только один раз, не более {days} календарных дней: не позднее {date}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="139" />
      <source>Reason for the extension</source>
      <translation>Причина продления</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="140" />
      <source>Please note!</source>
      <translation>Просим обратить внимание!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="141" />
      <source>A referral can be extended only once, by at most {days} calendar days.</source>
      <translation>Направление можно продлить только один раз, не более чем на {days} календарных дней.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="143" />
      <source>Extend</source>
      <translation>Продлить</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="157" />
      <source>The referral has been extended until {date}.</source>
      <translation>Направление продлено до {date}.</translation>
    </message>
  </context>
  <context>
    <name>FieldErrors</name>
    <message>
      <location filename="../kiosk/ui/errors.py" line="23" />
      <source>This field is required.</source>
      <translation>Это поле обязательно.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="24" />
      <source>Not found in the state register of persons.</source>
      <translation>Не найден в Государственной базе данных «Физические лица».</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="26" />
      <source>The register does not list you as this child's parent.</source>
      <translation>По данным ГБД ФЛ вы не являетесь родителем этого ребенка.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="28" />
      <source>Only children under 7 are put in the queue: this child is 7 or older.</source>
      <translation>В очередь ставятся только дети до 7 лет: ребенку уже исполнилось 7 лет.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="30" />
      <source>This birth date has not come yet.</source>
      <translation>Эта дата рождения еще не наступила.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="31" />
      <source>An IIN has exactly 12 digits.</source>
      <translation>ИИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="32" />
      <source>An IIN contains digits only.</source>
      <translation>ИИН содержит только цифры.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="33" />
      <source>This IIN holds a birth date that does not exist.</source>
      <translation>В этом ИИН указана несуществующая дата рождения.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="34" />
      <source>The 7th digit of this IIN is wrong.</source>
      <translation>Седьмая цифра этого ИИН неверна.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="35" />
      <source>This IIN is wrong: please check the digits (the check digit does not match).</source>
      <translation>ИИН указан неверно: проверьте цифры (не сходится контрольный разряд).</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="37" />
      <source>Enter the phone as +7 and 10 digits, e.g. +7 701 123 45 67.</source>
      <translation>Укажите телефон в виде +7 и 10 цифр, например +7 701 123 45 67.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="39" />
      <source>Enter a valid e-mail address, e.g. name@mail.kz.</source>
      <translation>Укажите правильный адрес электронной почты, например name@mail.kz.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="41" />
      <source>The file is empty.</source>
      <translation>Файл пустой.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="42" />
      <source>The file is too large: at most {mb} MB.</source>
      <translation>Файл слишком большой: допускается не более {mb} МБ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="43" />
      <source>Only PDF, JPEG or PNG files are accepted.</source>
      <translation>Принимаются только файлы PDF, JPEG или PNG.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="44" />
      <source>The file is damaged or cannot be read: please scan the document again.</source>
      <translation>Файл поврежден или не читается: отсканируйте документ заново.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="46" />
      <source>The file cannot be opened.</source>
      <translation>Не удается открыть файл.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="47" />
      <source>Please confirm that you have read the instruction.</source>
      <translation>Подтвердите, что вы ознакомились с инструкцией.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="50" />
      <source>This application is closed: it can no longer be changed.</source>
      <translation>Это заявление закрыто: его больше нельзя изменить.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="52" />
      <source>This is not possible in the application's current status.</source>
      <translation>При текущем статусе заявления это невозможно.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="54" />
      <location filename="../kiosk/ui/errors.py" line="56" />
      <source>Only the applicant who filed the application can do this.</source>
      <translation>Это может сделать только заявитель, подавший заявление.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="58" />
      <source>The period to confirm interest has passed.</source>
      <translation>Срок подтверждения заинтересованности истек.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="60" />
      <source>The application already has this benefit: choose another one.</source>
      <translation>У заявления уже эта льгота: выберите другую.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="62" />
      <source>A kindergarten can be chosen once the child is {min_age} full years old.</source>
      <translation>Детский сад можно выбрать, когда ребенку исполнится {min_age} полных года.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="64" />
      <source>The application is in the stop-list until {until}: no referral can be taken until then.</source>
      <translation>Заявление находится в стоп-листе до {until}: до этой даты получить направление нельзя.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="67" />
      <source>The child is enrolled in a kindergarten: a referral to another one is possible only after that kindergarten records the departure.</source>
      <translation>Ребенок зачислен в детский сад: направление в другой возможно только после того, как этот детский сад отметит убытие.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="70" />
      <source>There are no free places for the child's group at the moment.</source>
      <translation>Сейчас в группе ребенка нет свободных мест.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="72" />
      <source>The child's turn has not come yet and no places are published for free choice.</source>
      <translation>Очередь ребенка еще не подошла, и места для свободного выбора не опубликованы.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="75" />
      <source>The time to choose a kindergarten has passed; the child stays in the queue.</source>
      <translation>Срок выбора детского сада истек; ребенок остается в очереди.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="78" />
      <source>Attach the documents confirming the benefit and give their issue date.</source>
      <translation>Приложите документы, удостоверяющие льготу, и укажите дату их выдачи.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="80" />
      <source>The benefit documents must be issued no earlier than {max_age_days} calendar days before the request.</source>
      <translation>Документы о льготе должны быть выданы не ранее чем за {max_age_days} календарных дней до запроса.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="83" />
      <source>The issue date of the benefit documents cannot be later than today.</source>
      <translation>Дата выдачи документов о льготе не может быть позже сегодняшнего дня.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="85" />
      <source>The referral has expired.</source>
      <translation>Срок направления истек.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="86" />
      <source>The referral has already been extended: it can be extended only once.</source>
      <translation>Направление уже продлевалось: продлить его можно только один раз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="88" />
      <source>Give the reason for the extension.</source>
      <translation>Укажите причину продления.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="90" />
      <source>The extension date must be later than the referral's last day ({last_day}).</source>
      <translation>Дата продления должна быть позже последнего дня направления ({last_day}).</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="93" />
      <source>A referral can be extended by at most {max_days} calendar days: choose a date no later than {latest}.</source>
      <translation>Направление можно продлить не более чем на {max_days} календарных дней: выберите дату не позднее {latest}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="96" />
      <source>A referral can be revoked only within {hours} hours of its issue.</source>
      <translation>Отозвать направление можно только в течение {hours} часов с момента его выдачи.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="98" />
      <source>The application has just changed: please open it again.</source>
      <translation>Заявление только что изменилось: откройте его заново.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="100" />
      <source>There is no connection to the central database. Please try again later.</source>
      <translation>Нет связи с центральной базой данных. Повторите попытку позже.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="102" />
      <source>The central database is temporarily unavailable. Please try again later.</source>
      <translation>Центральная база данных временно недоступна. Повторите попытку позже.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="104" />
      <source>The central database could not process the request. Please try again later.</source>
      <translation>Центральная база данных не смогла обработать запрос. Повторите попытку позже.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="107" />
      <location filename="../kiosk/ui/errors.py" line="109" />
      <location filename="../kiosk/ui/errors.py" line="111" />
      <source>Your session has ended: please log in again.</source>
      <translation>Ваш сеанс завершен: войдите снова.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="113" />
      <source>The application is not found among your applications.</source>
      <translation>Заявление не найдено среди ваших заявлений.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="115" />
      <source>This place does not suit the child (year of birth, queue or district): choose another one.</source>
      <translation>Это место не подходит ребенку (год рождения, очередь или район): выберите другое.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="118" />
      <source>This kindergarten is not found.</source>
      <translation>Этот детский сад не найден.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="119" />
      <source>This benefit category is not known.</source>
      <translation>Эта категория льготности неизвестна.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="121" />
      <source>The signed request is too old: please sign it again.</source>
      <translation>Подписанный запрос устарел: подпишите его снова.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="123" />
      <source>The request could not be read. Please try again.</source>
      <translation>Не удалось прочитать запрос. Повторите попытку.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="125" />
      <source>This request was already sent with other data. Please start again.</source>
      <translation>Этот запрос уже был отправлен с другими данными. Начните заново.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="127" />
      <source>You may not see these data.</source>
      <translation>Вам нельзя просматривать эти данные.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="128" />
      <source>Please check the data you entered.</source>
      <translation>Проверьте введенные данные.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="129" />
      <source>Please check this field.</source>
      <translation>Проверьте это поле.</translation>
    </message>
  </context>
  <context>
    <name>FreePlaces</name>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="26" />
      <source>Language of instruction</source>
      <translation>Язык обучения</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="28" />
      <source>Kindergarten name</source>
      <translation>Название детского сада</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="30" />
      <source>Contact phone number</source>
      <translation>Контактный номер телефона</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="32" />
      <source>Place type</source>
      <translation>Тип места</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="35" />
      <source>Free places</source>
      <translation>Свободные места</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="37" />
      <source>Release date</source>
      <translation>Дата освобождения</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="41" />
      <source>Location</source>
      <translation>Местоположение</translation>
    </message>
  </context>
  <context>
    <name>HistoryTable</name>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="96" />
      <source>Date and time</source>
      <translation>Дата и время</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="98" />
      <source>Who</source>
      <translation>Кто</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="99" />
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="101" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="103" />
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <location filename="../kiosk/ui/home.py" line="101" />
      <source>You are logged in: {name}</source>
      <translation>Вы вошли: {name}</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="102" />
      <source>Log out</source>
      <translation>Выйти</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="103" />
      <source>Staff entrance</source>
      <translation>Служебный вход</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="104" />
      <source>Enrolment in preschool organisations</source>
      <translation>Постановка на очередь в детские дошкольные организации</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="106" />
      <source>Register a child in the kindergarten queue</source>
      <translation>Постановка ребенка в очередь в ДДО</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="107" />
      <source>Applications journal</source>
      <translation>Журнал заявлений</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="108" />
      <source>Find a queue number</source>
      <translation>Поиск номера очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="109" />
      <source>View statistics</source>
      <translation>Просмотр статистики</translation>
    </message>
  </context>
  <context>
    <name>InactivityWarning</name>
    <message>
      <location filename="../kiosk/ui/inactivity.py" line="154" />
      <source>Are you still there?</source>
      <translation>Вы еще здесь?</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/inactivity.py" line="156" />
      <source>To protect your data, everything you entered will be erased in {seconds} s.</source>
      <translation>Для защиты ваших данных все введенное будет удалено через {seconds} с.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/inactivity.py" line="158" />
      <source>Continue</source>
      <translation>Продолжить</translation>
    </message>
  </context>
  <context>
    <name>InfoTab</name>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="151" />
      <source>About the applicant</source>
      <translation>Информация о заявителе</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="152" />
      <source>Child's details</source>
      <translation>Данные ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="153" />
      <source>About the application</source>
      <translation>Информация о заявлении</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="154" />
      <source>Referral</source>
      <translation>Направление</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="156" />
      <location filename="../kiosk/ui/journal/detail.py" line="160" />
      <source>Full name</source>
      <translation>Полное имя</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="156" />
      <location filename="../kiosk/ui/journal/detail.py" line="160" />
      <source>IIN</source>
      <translation>ИИН</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="157" />
      <location filename="../kiosk/ui/journal/detail.py" line="161" />
      <source>Date of birth</source>
      <translation>Дата рождения</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="157" />
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="158" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="158" />
      <source>Address</source>
      <translation>Адрес</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="162" />
      <source>Benefit type</source>
      <translation>Тип льготы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="162" />
      <source>Queue number</source>
      <translation>Номер очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="163" />
      <source>Queue number in the benefit category</source>
      <translation>Номер очереди по льготной категории</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="165" />
      <source>Queue type</source>
      <translation>Тип очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="165" />
      <source>Application number</source>
      <translation>Номер заявления</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="166" />
      <source>Registration date</source>
      <translation>Дата регистрации</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="166" />
      <source>District or city</source>
      <translation>Район или город</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="167" />
      <source>E-services portal number</source>
      <translation>Номер ПЭП</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="168" />
      <source>Service centre number</source>
      <translation>Номер ЦОН</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="169" />
      <source>Current state</source>
      <translation>Текущее состояние</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="170" />
      <source>Date and time of the last change</source>
      <translation>Дата и время последнего изменения</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="171" />
      <source>Additional e-mail</source>
      <translation>Дополнительный Email</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="171" />
      <source>Additional phone</source>
      <translation>Дополнительный телефон</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="172" />
      <source>Confirm interest by</source>
      <translation>Подтвердить заинтересованность до</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="173" />
      <source>In the stop-list until</source>
      <translation>В стоп-листе до</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="175" />
      <source>Kindergarten</source>
      <translation>Детский сад</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="175" />
      <source>Kindergarten address</source>
      <translation>Адрес детского сада</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="176" />
      <source>Referral date</source>
      <translation>Дата направления</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="176" />
      <source>Referral status</source>
      <translation>Статус направления</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="177" />
      <source>Referral expiry date</source>
      <translation>Дата истечения срока направления</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="177" />
      <source>Extended</source>
      <translation>Продлено (раз)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="204" />
      <source>{changed} (in the queue since {since})</source>
      <translation>{changed} (в очереди с {since})</translation>
    </message>
  </context>
  <context>
    <name>JournalScreen</name>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="188" />
      <location filename="../kiosk/ui/journal/screen.py" line="404" />
      <source>Loading your applications…</source>
      <translation>Загрузка ваших заявлений…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="223" />
      <source>Try again</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="252" />
      <location filename="../kiosk/ui/journal/screen.py" line="410" />
      <source>Opening the application…</source>
      <translation>Открытие заявления…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="388" />
      <source>There are no applications in your journal yet. An application is shown only to the applicant who filed it: if you are the child's parent but do not see it, the application has to be joined to your IIN.</source>
      <translation>В вашем журнале пока нет заявлений. Заявление отображается только у заявителя, который его подал: если вы родитель ребенка, но не видите заявление, его нужно присоединить к вашему ИИН.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="393" />
      <location filename="../kiosk/ui/services.py" line="61" />
      <source>Applications journal</source>
      <translation>Журнал заявлений</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="394" />
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="395" />
      <source>Home</source>
      <translation>На главную</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="397" />
      <source>Tap an application to open it.</source>
      <translation>Чтобы открыть заявление, нажмите на его строку.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="398" />
      <source>No application matches the filters.</source>
      <translation>Нет заявлений, подходящих под фильтры.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="399" />
      <source>Search</source>
      <translation>Поиск</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="399" />
      <source>(All)</source>
      <translation>(Все)</translation>
    </message>
  </context>
  <context>
    <name>JournalTable</name>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="58" />
      <source>Number</source>
      <translation>Номер</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="60" />
      <source>Child's full name</source>
      <translation>ФИО ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="62" />
      <source>Child's IIN</source>
      <translation>ИИН ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="64" />
      <source>Queue number</source>
      <translation>Номер очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="67" />
      <source>Applicant's full name</source>
      <translation>ФИО заявителя</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="69" />
      <source>Date created</source>
      <translation>Дата создания</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="72" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="75" />
      <source>Benefit type</source>
      <translation>Тип льготы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="77" />
      <source>Date of birth</source>
      <translation>Дата рождения</translation>
    </message>
  </context>
  <context>
    <name>KeyPicker</name>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="331" />
      <source>Choose a key file from the list.</source>
      <translation>Выберите файл ключа из списка.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="343" />
      <source>Reading the keys…</source>
      <translation>Чтение ключей…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="351" />
      <source>Storage type</source>
      <translation>Тип хранилища</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="352" />
      <source>Personal computer</source>
      <translation>Персональный компьютер</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="353" />
      <source>ID card</source>
      <translation>Удостоверение личности</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="354" />
      <source>Kaztoken</source>
      <translation>Казтокен</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="360" />
      <source>Path to the storage</source>
      <translation>Путь к хранилищу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="361" />
      <source>Choose certificate…</source>
      <translation>Выбрать сертификат…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="363" />
      <source>Enter the password of the key storage</source>
      <translation>Введите пароль на хранилище ключей</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="365" />
      <source>Enter the PIN code</source>
      <translation>Введите PIN-код</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="367" />
      <source>Demo keys (marked DEMO): the password is {password}</source>
      <translation>Демо-ключи (с пометкой DEMO): пароль — {password}</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="369" />
      <source>Refresh the key list</source>
      <translation>Обновить список ключей</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="370" />
      <source>Keys</source>
      <translation>Ключи</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="371" />
      <source>Selected key data</source>
      <translation>Данные выбранного ключа</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="373" />
      <source>Owner</source>
      <translation>Владелец</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="373" />
      <source>IIN</source>
      <translation>ИИН</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="373" />
      <source>Valid</source>
      <translation>Срок действия</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="374" />
      <source>Serial number</source>
      <translation>Серийный номер</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="374" />
      <source>Issuer</source>
      <translation>Издатель</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="375" />
      <source>Algorithm</source>
      <translation>Алгоритм</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="375" />
      <source>Purpose</source>
      <translation>Назначение</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="406" />
      <source>No key files found. Insert the USB stick with your keys and press «Refresh the key list».</source>
      <translation>Файлы ключей не найдены. Вставьте USB-накопитель с ключами и нажмите «Обновить список ключей».</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="448" />
      <source>Enter the password and press «Refresh the key list».</source>
      <translation>Введите пароль и нажмите «Обновить список ключей».</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="453" />
      <source>Choose the key file</source>
      <translation>Выберите файл ключа</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="501" />
      <source>Looking for the card…</source>
      <translation>Поиск карты…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="503" />
      <source>Card found in {reader}.</source>
      <translation>Карта найдена: {reader}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="505" />
      <source>Insert your Kaztoken into a USB port.</source>
      <translation>Вставьте Казтокен в USB-порт.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="507" />
      <source>Insert your ID card into the reader.</source>
      <translation>Вставьте удостоверение личности в считыватель.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="529" />
      <source>There are no keys in this storage.</source>
      <translation>В этом хранилище нет ключей.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="607" />
      <source>Authentication (AUTH_RSA)</source>
      <translation>Аутентификация (AUTH_RSA)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="608" />
      <source>Signing (RSA)</source>
      <translation>Подпись (RSA)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="609" />
      <source>Authentication and signing</source>
      <translation>Аутентификация и подпись</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../kiosk/ui/labels.py" line="23" />
      <source>In the queue</source>
      <translation>В очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="24" />
      <source>Notification sent</source>
      <translation>Направлено уведомление</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="25" />
      <location filename="../kiosk/ui/labels.py" line="63" />
      <source>Referral issued</source>
      <translation>Выдано направление</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="26" />
      <location filename="../kiosk/ui/labels.py" line="36" />
      <location filename="../kiosk/ui/labels.py" line="44" />
      <source>Enrolled</source>
      <translation>Зачислен</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="27" />
      <location filename="../kiosk/ui/labels.py" line="37" />
      <source>Removed from the queue</source>
      <translation>Снят с очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="28" />
      <source>Refused</source>
      <translation>Отказано</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="33" />
      <source>Decision made (in the queue)</source>
      <translation>Принято решение (в очереди)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="34" />
      <source>Decision made (notification sent)</source>
      <translation>Принято решение (направлено уведомление)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="35" />
      <source>Decision made (referral issued)</source>
      <translation>Принято решение (выдано направление)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="38" />
      <source>Registration in the queue refused</source>
      <translation>Отказано в постановке на очередь</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="43" />
      <source>Not enrolled</source>
      <translation>Не зачислен</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="49" />
      <source>No benefit</source>
      <translation>Без льготы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="50" />
      <source>First-priority right</source>
      <translation>Первоочередное право</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="51" />
      <source>Out-of-turn right</source>
      <translation>Внеочередное право</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="56" />
      <source>Registration in the queue</source>
      <translation>Постановка на очередь</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="57" />
      <source>Registration refused</source>
      <translation>Отказ в постановке на очередь</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="58" />
      <source>Interest confirmed</source>
      <translation>Заинтересованность подтверждена</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="59" />
      <source>Benefit changed</source>
      <translation>Льготность изменена</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="60" />
      <source>Withdrawn from the queue</source>
      <translation>Снят с очереди по заявлению</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="61" />
      <source>The turn has come: notification sent</source>
      <translation>Очередь подошла: направлено уведомление</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="62" />
      <source>No kindergarten chosen in time</source>
      <translation>Детский сад не выбран в срок</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="64" />
      <source>Referral extended</source>
      <translation>Направление продлено</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="65" />
      <source>Referral revoked</source>
      <translation>Направление отозвано</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="66" />
      <source>Referral annulled</source>
      <translation>Направление аннулировано</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="67" />
      <location filename="../kiosk/ui/labels.py" line="91" />
      <source>Enrolled in the kindergarten</source>
      <translation>Зачислен в детский сад</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="68" />
      <source>Removed: interest not confirmed</source>
      <translation>Снят: заинтересованность не подтверждена</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="69" />
      <source>Removed: age limit reached</source>
      <translation>Снят: достигнут предельный возраст</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="70" />
      <source>Application joined to the parent's IIN</source>
      <translation>Заявление присоединено к ИИН родителя</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="75" />
      <source>At the applicant's request</source>
      <translation>По заявлению заявителя</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="76" />
      <source>The child is 7 years old or older</source>
      <translation>Возраст ребенка 7 лет и старше</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="77" />
      <source>The child already has an active application</source>
      <translation>На ребенка уже есть действующее заявление</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="79" />
      <source>The number is already used</source>
      <translation>Номер уже использован</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="80" />
      <source>Invalid IIN</source>
      <translation>Неверный ИИН</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="81" />
      <source>Invalid date of birth</source>
      <translation>Неверная дата рождения</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="82" />
      <source>The child's turn has come</source>
      <translation>Очередь ребенка подошла</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="83" />
      <source>No kindergarten chosen within 3 working days</source>
      <translation>Детский сад не выбран в течение 3 рабочих дней</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="85" />
      <source>A place published for free choice</source>
      <translation>Место, опубликованное для свободного выбора</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="86" />
      <source>Not enrolled: the referral was not used in time (stop-list)</source>
      <translation>Не зачислен: направление не использовано в срок (стоп-лист)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="88" />
      <source>Referrals expired twice</source>
      <translation>Срок направления истек дважды</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="89" />
      <source>Interest not confirmed in time</source>
      <translation>Заинтересованность не подтверждена в срок</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="90" />
      <source>The child has reached the age limit</source>
      <translation>Ребенок достиг предельного возраста</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="96" />
      <source>Applicant</source>
      <translation>Заявитель</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="97" />
      <source>Service centre clerk</source>
      <translation>Сотрудник ЦОН</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="98" />
      <source>Education department</source>
      <translation>Отдел образования</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="99" />
      <source>Kindergarten</source>
      <translation>Детский сад</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="100" />
      <source>System</source>
      <translation>Система</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="105" />
      <source>State kindergarten</source>
      <translation>Государственный детский сад</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="106" />
      <source>Sanatorium kindergarten</source>
      <translation>Санаторный детский сад</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="111" />
      <source>Ordinary place</source>
      <translation>Обычное место</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="112" />
      <source>Special (correctional) place</source>
      <translation>Специальное (коррекционное) место</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="113" />
      <source>Short-stay place</source>
      <translation>Место кратковременного пребывания</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="118" />
      <source>Kazakh</source>
      <translation>Казахский</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="119" />
      <source>Russian</source>
      <translation>Русский</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="124" />
      <source>Signed request</source>
      <translation>Подписанный запрос</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="125" />
      <source>Document confirming the benefit</source>
      <translation>Документ, удостоверяющий льготу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="130" />
      <source>Notice of registration</source>
      <translation>Уведомление о регистрации</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="131" />
      <source>Notice of acceptance of documents</source>
      <translation>Извещение о приеме документов</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="132" />
      <source>Registration of the child in the record book</source>
      <translation>Регистрация ребенка в книге учета</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="133" />
      <source>Child's card</source>
      <translation>Карточка ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="134" />
      <source>Referral to a preschool organisation</source>
      <translation>Направление в ДДО</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="135" />
      <source>Referral to a sanatorium kindergarten</source>
      <translation>Направление в санаторный детский сад</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="136" />
      <source>Notice of completion of the service</source>
      <translation>Извещение о завершении оказания услуги</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="137" />
      <source>Confirmation of interest</source>
      <translation>Подтверждение заинтересованности</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="138" />
      <source>Notice of refusal of the service</source>
      <translation>Уведомление об отказе в оказании услуги</translation>
    </message>
  </context>
  <context>
    <name>LoginScreen</name>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="326" />
      <source>Sending the code…</source>
      <translation>Отправка кода…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="350" />
      <source>Enter the password, press «Refresh the key list» and choose your AUTH_RSA key.</source>
      <translation>Введите пароль, нажмите «Обновить список ключей» и выберите ключ AUTH_RSA.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="376" />
      <location filename="../kiosk/ui/login/screen.py" line="420" />
      <source>Signing in…</source>
      <translation>Выполняется вход…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="400" />
      <source>A code was sent to {phone}. Enter it below.</source>
      <translation>Код отправлен на номер {phone}. Введите его ниже.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="409" />
      <source>Enter the 6 digits of the code.</source>
      <translation>Введите 6 цифр кода.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="432" />
      <source>Loading your data…</source>
      <translation>Загрузка ваших данных…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="498" />
      <source>Log in to the personal cabinet</source>
      <translation>Вход в личный кабинет</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="499" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="500" />
      <source>By EDS</source>
      <translation>По ЭЦП</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="501" />
      <source>By IIN</source>
      <translation>По ИИН</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="503" />
      <source>Choose where your key is kept, then your authentication key (AUTH_RSA), enter its password and press «Log in».</source>
      <translation>Выберите место хранения ключа, затем ключ аутентификации (AUTH_RSA), введите пароль и нажмите «Войти».</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="505" />
      <source>Log in with a one-time code</source>
      <translation>Вход по одноразовому коду</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="507" />
      <source>A one-time code will be sent by SMS to the mobile phone number recorded for your IIN in the state register.</source>
      <translation>Одноразовый код будет отправлен по SMS на номер мобильного телефона, указанный для вашего ИИН в государственной базе данных.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="509" />
      <source>Your IIN</source>
      <translation>Ваш ИИН</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="510" />
      <source>Get the code</source>
      <translation>Получить код</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="511" />
      <source>Code from the SMS</source>
      <translation>Код из SMS</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="514" />
      <source>Log in</source>
      <translation>Войти</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="515" />
      <source>Your e-mail address</source>
      <translation>Ваша электронная почта</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="517" />
      <source>Welcome, {name}!</source>
      <translation>Добро пожаловать, {name}!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="519" />
      <source>Please note!</source>
      <translation>Просим обратить внимание!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="520" />
      <source>This is your first login: give your e-mail address. Notifications about your applications will be sent to it.</source>
      <translation>Вы входите в систему впервые: укажите электронную почту. На нее будут приходить уведомления о ваших заявлениях.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="522" />
      <source>E-mail address</source>
      <translation>Электронная почта</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="523" />
      <source>Continue</source>
      <translation>Продолжить</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../kiosk/ui/main_window.py" line="298" />
      <source>Application to register {name} in the kindergarten queue</source>
      <translation>Заявление о постановке ребенка в очередь в ДДО: {name}</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/main_window.py" line="513" />
      <source>Balabaqsha: kindergarten queue</source>
      <translation>Балабақша: очередь в детский сад</translation>
    </message>
  </context>
  <context>
    <name>OnScreenKeyboard</name>
    <message>
      <location filename="../kiosk/ui/keyboard.py" line="175" />
      <source>Space</source>
      <translation>Пробел</translation>
    </message>
  </context>
  <context>
    <name>OnlineIndicator</name>
    <message>
      <location filename="../kiosk/ui/connection.py" line="71" />
      <source>No connection to the central database</source>
      <translation>Нет связи с центральной базой</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/connection.py" line="72" />
      <source>Applications are accepted and will be sent as soon as the connection returns.</source>
      <translation>Заявления принимаются и будут отправлены, как только связь восстановится.</translation>
    </message>
  </context>
  <context>
    <name>PositionPanel</name>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="42" />
      <source>You are viewing the queue number of this application for the first time. Next time you will see how it has changed and why.</source>
      <translation>Вы впервые просматриваете номер очереди этого заявления. В следующий раз вы увидите, как и почему он изменился.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="45" />
      <source>The queue number has not changed since you last looked.</source>
      <translation>С момента вашего прошлого просмотра номер очереди не изменился.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="47" />
      <source>Since you last looked, applications with a higher priority ({priority}) have been registered ahead of yours: {count}.</source>
      <translation>После вашего прошлого просмотра перед вашим заявлением встали заявления с более высоким приоритетом («{priority}»): {count}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="50" />
      <source>Applications that had left the queue returned to it ahead of yours (for example, after a referral was revoked): {count}.</source>
      <translation>Заявления, ранее выбывшие из очереди, вернулись в нее перед вашим (например, после отзыва направления): {count}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="53" />
      <source>Applications registered after yours had their benefit raised and now stand ahead of yours: {count}.</source>
      <translation>У заявлений, поданных позже вашего, повышена льготность, и теперь они стоят в очереди перед вашим: {count}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="56" />
      <source>Applications registered before yours had their benefit lowered and now stand behind yours: {count}.</source>
      <translation>У заявлений, поданных раньше вашего, понижена льготность, и теперь они стоят в очереди после вашего: {count}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="59" />
      <source>Your benefit category has changed: previously “{from}”, now “{to}”.</source>
      <translation>Ваша льготная категория изменилась: ранее «{from}», теперь «{to}».</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="65" />
      <source>Applications that stood ahead of yours received a referral to a kindergarten and left the queue: {count}.</source>
      <translation>Заявления, стоявшие в очереди перед вашим, получили направление в детский сад и выбыли из очереди: {count}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="68" />
      <source>Applications that stood ahead of yours were withdrawn from the queue at their applicants' request: {count}.</source>
      <translation>Заявления, стоявшие в очереди перед вашим, сняты с очереди по заявлению заявителей: {count}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="71" />
      <source>Applications that stood ahead of yours were removed from the queue (for example, interest was not confirmed in time or the child reached the age limit): {count}.</source>
      <translation>Заявления, стоявшие в очереди перед вашим, исключены из очереди (например, заинтересованность не подтверждена в срок или ребенок достиг предельного возраста): {count}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="78" />
      <source>Since you last looked, applications of the same category ({priority}) with an earlier registration date have been added to the queue ahead of yours: {count}.</source>
      <translation>После вашего прошлого просмотра перед вашим заявлением в очередь добавлены заявления той же категории («{priority}») с более ранней датой постановки: {count}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="83" />
      <source>Other changes in the queue have also affected the queue number.</source>
      <translation>На номер очереди повлияли и другие изменения в очереди.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="273" />
      <source>Place in the queue</source>
      <translation>Место в очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="274" />
      <source>Loading the place in the queue…</source>
      <translation>Загрузка места в очереди…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="275" />
      <source>The place in the queue could not be loaded now. The rest of the application is shown; open it again later to see how the queue number changed.</source>
      <translation>Не удалось загрузить место в очереди. Остальные сведения о заявлении показаны; откройте заявление позже, чтобы узнать, как изменился номер очереди.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="283" />
      <source>Try again</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="294" />
      <source>Now</source>
      <translation>Сейчас</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="295" />
      <source>When you last looked, {date}</source>
      <translation>При прошлом просмотре, {date}</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="298" />
      <source>Queue number</source>
      <translation>Номер очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="300" />
      <source>Queue number in the benefit category</source>
      <translation>Номер очереди по льготной категории</translation>
    </message>
  </context>
  <context>
    <name>QueueSearchScreen</name>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="202" />
      <source>Searching…</source>
      <translation>Идет поиск…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="239" />
      <source>Enter the date of birth as DD.MM.YYYY.</source>
      <translation>Введите дату рождения в виде ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="257" />
      <source>No application was found for this child.</source>
      <translation>По этому ребенку заявлений не найдено.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="324" />
      <source>Try again</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="306" />
      <source>Find a queue number</source>
      <translation>Поиск номера очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="307" />
      <source>Home</source>
      <translation>На главную</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="309" />
      <source>Search the queue</source>
      <translation>Поиск в очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="310" />
      <source>By the child's IIN</source>
      <translation>По ИИН ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="311" />
      <source>By full name and date of birth</source>
      <translation>По ФИО и дате рождения</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="312" />
      <source>Child's IIN</source>
      <translation>ИИН ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="313" />
      <source>Child's surname</source>
      <translation>Фамилия ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="314" />
      <source>Child's name</source>
      <translation>Имя ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="315" />
      <source>Child's patronymic</source>
      <translation>Отчество ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="316" />
      <source>Child's date of birth</source>
      <translation>Дата рождения ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="317" />
      <source>DD.MM.YYYY</source>
      <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="319" />
      <source>Only the application number, its status, the benefit category and the queue numbers are shown: no personal data.</source>
      <translation>Показываются только номер заявления, его статус, категория льготности и номера очереди: без персональных данных.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="321" />
      <source>Find</source>
      <translation>Найти</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="322" />
      <source>Search results</source>
      <translation>Результаты поиска</translation>
    </message>
  </context>
  <context>
    <name>Refusals</name>
    <message>
      <location filename="../kiosk/ui/actions/refusals.py" line="28" />
      <source>Something went wrong. Please try again.</source>
      <translation>Что-то пошло не так. Повторите попытку.</translation>
    </message>
  </context>
  <context>
    <name>RegistrationScreen</name>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="248" />
      <source>Register a child in the kindergarten queue</source>
      <translation>Постановка ребенка в очередь в ДДО</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="249" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="250" />
      <source>Step 1</source>
      <translation>Шаг 1</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="250" />
      <source>Fill in the applicant's details</source>
      <translation>Заполните данные заявителя</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="251" />
      <source>Step 2</source>
      <translation>Шаг 2</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="251" />
      <source>Fill in the child's details</source>
      <translation>Заполните данные ребенка</translation>
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="101" />
      <source>Application number</source>
      <translation>Номер заявления</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="102" />
      <source>Queue number</source>
      <translation>Номер очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="103" />
      <source>OK</source>
      <translation>ОК</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="104" />
      <source>Documents</source>
      <translation>Документы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="105" />
      <source>Print receipt</source>
      <translation>Печать чека</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="106" />
      <source>Download</source>
      <translation>Скачать</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="106" />
      <source>Print</source>
      <translation>Печать</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="111" />
      <source>The application has no documents yet.</source>
      <translation>У заявления пока нет документов.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="126" />
      <source>The documents will be available after the application is delivered.</source>
      <translation>Документы будут доступны после отправки заявления.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="128" />
      <source>Application accepted, pending delivery</source>
      <translation>Заявление принято, ожидает отправки</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="130" />
      <source>There is no connection to the central database right now. Your signed application is saved and will be delivered automatically as soon as the connection returns; the queue number will be given then and sent to your e-mail and phone.</source>
      <translation>Сейчас нет связи с центральной базой данных. Подписанное заявление сохранено и будет доставлено автоматически, как только связь восстановится; тогда же будет присвоен номер очереди, он придет на вашу электронную почту и телефон.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="135" />
      <source>Application registered</source>
      <translation>Заявление зарегистрировано</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="137" />
      <source>Notifications will be sent to the e-mail address and phone number you gave.</source>
      <translation>Уведомления будут направляться на указанные электронную почту и номер телефона.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="138" />
      <source>after delivery</source>
      <translation>после доставки</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="153" />
      <source>Loading the documents…</source>
      <translation>Загрузка документов…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="184" />
      <source>The documents could not be loaded. They are available later in the «Applications journal».</source>
      <translation>Не удалось загрузить документы. Они будут доступны позже в разделе «Журнал заявлений».</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="192" />
      <location filename="../kiosk/ui/registration/result.py" line="258" />
      <source>Preparing the document…</source>
      <translation>Подготовка документа…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="209" />
      <source>The document could not be prepared.</source>
      <translation>Не удалось подготовить документ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="213" />
      <source>Choose the folder to save the document in</source>
      <translation>Выберите папку для сохранения документа</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="220" />
      <source>The document could not be saved.</source>
      <translation>Не удалось сохранить документ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="222" />
      <source>Saved: {path}</source>
      <translation>Сохранено: {path}</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="268" />
      <source>The receipt was sent to the printer.</source>
      <translation>Чек отправлен на принтер.</translation>
    </message>
  </context>
  <context>
    <name>RevokeReferralPage</name>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="35" />
      <source>Tick the box to confirm that you give the referral back.</source>
      <translation>Отметьте флажок, чтобы подтвердить отказ от направления.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="40" />
      <location filename="../kiosk/ui/actions/revoke.py" line="59" />
      <source>Revoke the referral</source>
      <translation>Отозвать направление</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="45" />
      <source>Kindergarten</source>
      <translation>Детский сад</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="45" />
      <source>Kindergarten address</source>
      <translation>Адрес детского сада</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="46" />
      <source>Referral date</source>
      <translation>Дата направления</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="46" />
      <source>Can be revoked until</source>
      <translation>Можно отозвать до</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="54" />
      <source>Please note!</source>
      <translation>Просим обратить внимание!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="55" />
      <source>A referral can be revoked on your own initiative only within {hours} hours of its issue. The place becomes free for other children; your child stays in the queue.</source>
      <translation>Отозвать направление по собственной инициативе можно только в течение {hours} часов с момента выдачи. Место освободится для других детей; ваш ребенок останется в очереди.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="58" />
      <source>I give the referral back</source>
      <translation>Я отказываюсь от направления</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="62" />
      <source>The referral has been revoked: the child is back in the queue.</source>
      <translation>Направление отозвано: ребенок снова в очереди.</translation>
    </message>
  </context>
  <context>
    <name>ScanFolderPicker</name>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="50" />
      <location filename="../kiosk/ui/scan_picker.py" line="148" />
      <source>Choose the scanned documents</source>
      <translation>Выберите отсканированные документы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="150" />
      <source>There are no scans yet. Please ask the service centre staff to scan your document.</source>
      <translation>Отсканированных документов пока нет. Попросите сотрудника ЦОН отсканировать ваш документ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="151" />
      <source>Refresh</source>
      <translation>Обновить</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="152" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="153" />
      <source>Add</source>
      <translation>Добавить</translation>
    </message>
  </context>
  <context>
    <name>ScanList</name>
    <message>
      <location filename="../kiosk/ui/actions/scans.py" line="99" />
      <source>Add a scan</source>
      <translation>Добавить скан-копию</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/scans.py" line="100" />
      <source>PDF, JPEG or PNG, at most {mb} MB each.</source>
      <translation>PDF, JPEG или PNG, не более {mb} МБ каждый.</translation>
    </message>
  </context>
  <context>
    <name>ScanRows</name>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="194" />
      <source>Remove</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="204" />
      <source>{size} MB</source>
      <translation>{size} МБ</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="205" />
      <source>{size} KB</source>
      <translation>{size} КБ</translation>
    </message>
  </context>
  <context>
    <name>SearchTable</name>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="48" />
      <source>Application number</source>
      <translation>Номер заявления</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="50" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="52" />
      <source>Benefit category</source>
      <translation>Категория льготности</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="54" />
      <source>Queue number</source>
      <translation>Номер очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="58" />
      <source>Queue number in the benefit category</source>
      <translation>Номер очереди по льготной категории</translation>
    </message>
  </context>
  <context>
    <name>SigningDialog</name>
    <message>
      <location filename="../kiosk/ui/signing/dialog.py" line="196" />
      <source>Enter the password, press «Refresh the key list» and choose a key.</source>
      <translation>Введите пароль, нажмите «Обновить список ключей» и выберите ключ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/dialog.py" line="289" />
      <source>Signing…</source>
      <translation>Подписание…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/dialog.py" line="290" />
      <source>Sending the signed document…</source>
      <translation>Отправка подписанного документа…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/dialog.py" line="317" />
      <source>Creating an EDS in XML format</source>
      <translation>Формирование ЭЦП в формате XML</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/dialog.py" line="318" />
      <source>Data signing</source>
      <translation>Подпись данных</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/dialog.py" line="320" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/dialog.py" line="321" />
      <source>Sign</source>
      <translation>Подписать</translation>
    </message>
  </context>
  <context>
    <name>SigningErrors</name>
    <message>
      <location filename="../kiosk/ui/errors.py" line="145" />
      <source>The key file was not found: choose it again.</source>
      <translation>Файл ключа не найден: выберите его заново.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="147" />
      <source>The key storage was removed (the file is gone or the card was taken out). Put it back and try again.</source>
      <translation>Хранилище ключей извлечено (файл удален или карта вынута). Верните его и повторите попытку.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="150" />
      <source>This file is not a key storage that can be read. Choose your EDS key file (.p12).</source>
      <translation>Этот файл не является читаемым хранилищем ключей. Выберите файл ключа ЭЦП (.p12).</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="153" />
      <source>Enter the password of the key storage.</source>
      <translation>Введите пароль на хранилище ключей.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="155" />
      <source>Wrong password. Check the keyboard layout and capital letters and try again.</source>
      <translation>Неверный пароль. Проверьте раскладку клавиатуры и заглавные буквы и повторите ввод.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="158" />
      <source>Wrong PIN code: {n} tries left.</source>
      <translation>Неверный PIN-код: осталось попыток — {n}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="159" />
      <source>The PIN code is blocked after too many wrong tries. It can be unblocked with the PUK code.</source>
      <translation>PIN-код заблокирован после слишком большого числа неверных попыток. Его можно разблокировать PUK-кодом.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="162" />
      <source>The chosen key is no longer in the storage: refresh the key list.</source>
      <translation>Выбранного ключа больше нет в хранилище: обновите список ключей.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="164" />
      <source>GOST keys cannot be used in this kiosk yet: choose your RSA key.</source>
      <translation>Ключи ГОСТ пока нельзя использовать в этом киоске: выберите ключ RSA.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="166" />
      <source>The signature could not be made. Please try again.</source>
      <translation>Не удалось сформировать подпись. Повторите попытку.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="168" />
      <source>This is an authentication key (AUTH_RSA). To sign, choose the signing key: its file name begins with RSA256_.</source>
      <translation>Это ключ аутентификации (AUTH_RSA). Для подписи выберите ключ подписи: имя его файла начинается с RSA256_.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="171" />
      <source>This is a signing key (RSA256). To log in, choose the authentication key: its file name begins with AUTH_RSA256_.</source>
      <translation>Это ключ подписи (RSA256). Для входа выберите ключ аутентификации: имя его файла начинается с AUTH_RSA256_.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="174" />
      <source>The certificate of this key has expired. Get a new EDS at a service centre or on pki.gov.kz.</source>
      <translation>Срок действия сертификата этого ключа истек. Получите новую ЭЦП в ЦОН или на pki.gov.kz.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="177" />
      <source>The certificate of this key is not valid yet. Use another key.</source>
      <translation>Сертификат этого ключа еще не действует. Используйте другой ключ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="179" />
      <source>The certificate of this key has been revoked. Get a new EDS at a service centre or on pki.gov.kz.</source>
      <translation>Сертификат этого ключа отозван. Получите новую ЭЦП в ЦОН или на pki.gov.kz.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="182" />
      <source>This key was not issued by the National Certification Authority of Kazakhstan and cannot be accepted.</source>
      <translation>Этот ключ выдан не Национальным удостоверяющим центром Республики Казахстан и не может быть принят.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="185" />
      <source>The certificate could not be checked for revocation right now. Please try again later.</source>
      <translation>Сейчас не удалось проверить, не отозван ли сертификат. Повторите попытку позже.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="188" />
      <source>The certificate of this key holds no valid IIN.</source>
      <translation>В сертификате этого ключа нет действительного ИИН.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="190" />
      <source>This key belongs to another person: sign with the EDS of the person who logged in.</source>
      <translation>Этот ключ принадлежит другому человеку: подпишите ЭЦП того, кто вошел в систему.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="193" />
      <source>No card reader was found. Connect the reader and try again.</source>
      <translation>Считыватель карт не найден. Подключите считыватель и повторите попытку.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="195" />
      <source>The smart card service is not running on this computer: cards and tokens cannot be read.</source>
      <translation>На этом компьютере не работает служба смарт-карт: карты и токены не читаются.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="198" />
      <source>No card found: insert the card or token and try again.</source>
      <translation>Карта не найдена: вставьте карту или токен и повторите попытку.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="200" />
      <source>This card is not supported: use your ID card or Kaztoken.</source>
      <translation>Эта карта не поддерживается: используйте удостоверение личности или Казтокен.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="202" />
      <source>Cards and tokens cannot be used on this kiosk: choose «Personal computer».</source>
      <translation>В этом киоске нельзя использовать карты и токены: выберите «Персональный компьютер».</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="205" />
      <source>The kiosk's list of trusted certification authorities is missing: please tell the service centre staff.</source>
      <translation>В киоске нет списка доверенных удостоверяющих центров: сообщите сотруднику ЦОН.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="208" />
      <source>The document to sign is damaged.</source>
      <translation>Документ для подписи поврежден.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="209" />
      <source>The key could not be used.</source>
      <translation>Не удалось использовать ключ.</translation>
    </message>
  </context>
  <context>
    <name>StartupProgress</name>
    <message>
      <location filename="../kiosk/ui/startup.py" line="148" />
      <source>Quit</source>
      <translation>Выход</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/startup.py" line="152" />
      <source>Preparing the demo keys…</source>
      <translation>Подготовка демо-ключей…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/startup.py" line="153" />
      <source>Preparing the queue database (the first start takes a minute)…</source>
      <translation>Подготовка базы данных очереди (первый запуск занимает около минуты)…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/startup.py" line="154" />
      <source>Connecting to the central database…</source>
      <translation>Подключение к центральной базе…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/startup.py" line="155" />
      <source>Reading the region's lists…</source>
      <translation>Загрузка справочников региона…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/startup.py" line="156" />
      <source>Starting…</source>
      <translation>Запуск…</translation>
    </message>
  </context>
  <context>
    <name>StatisticsScreen</name>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="144" />
      <source>Loading the statistics…</source>
      <translation>Загрузка статистики…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="173" />
      <location filename="../kiosk/ui/public/statistics.py" line="235" />
      <source>All years</source>
      <translation>Все годы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="177" />
      <source>Choose from the list</source>
      <translation>Выберите из списка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="237" />
      <source>Try again</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="194" />
      <source>No applications match the chosen filters.</source>
      <translation>Нет заявлений по выбранным фильтрам.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="207" />
      <source>Total: in the queue {queued}, notified {notified}, referrals issued {referrals}, enrolled {enrolled}.</source>
      <translation>Итого: в очереди {queued}, направлено уведомлений {notified}, выдано направлений {referrals}, зачислено {enrolled}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="212" />
      <source>As of {time}</source>
      <translation>По состоянию на {time}</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="223" />
      <source>View statistics</source>
      <translation>Просмотр статистики</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="224" />
      <source>Home</source>
      <translation>На главную</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="227" />
      <source>The statistics show the number of applications in the queue (out-of-turn, first-priority and general), notified, with a referral issued and enrolled.</source>
      <translation>В статистике публикуется количество заявлений в очереди (внеочередников, первоочередников, на общих основаниях), с направленным уведомлением, получивших направление и зачисленных.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="229" />
      <source>Region</source>
      <translation>Регион</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="230" />
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="231" />
      <source>Year of birth</source>
      <translation>Год рождения</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="233" />
      <source>All categories</source>
      <translation>Все категории</translation>
    </message>
  </context>
  <context>
    <name>StatisticsTable</name>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="40" />
      <source>District or city</source>
      <translation>Район или город</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="42" />
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="46" />
      <source>Year of birth</source>
      <translation>Год рождения</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="49" />
      <source>In the queue</source>
      <translation>В очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="50" />
      <source>Notified</source>
      <translation>Направлено уведомлений</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="51" />
      <source>Referrals issued</source>
      <translation>Выдано направлений</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="52" />
      <source>Enrolled children</source>
      <translation>Зачислено</translation>
    </message>
  </context>
  <context>
    <name>WithdrawPage</name>
    <message>
      <location filename="../kiosk/ui/actions/withdraw.py" line="39" />
      <source>Give the reason for withdrawing the application.</source>
      <translation>Укажите причину снятия заявления с очереди.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/withdraw.py" line="42" />
      <source>Tick the box to confirm that you understand the consequences.</source>
      <translation>Отметьте флажок, чтобы подтвердить, что вы понимаете последствия.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/withdraw.py" line="47" />
      <location filename="../kiosk/ui/actions/withdraw.py" line="55" />
      <source>Withdraw from the queue</source>
      <translation>Снять с очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/withdraw.py" line="49" />
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/withdraw.py" line="50" />
      <source>Please note!</source>
      <translation>Просим обратить внимание!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/withdraw.py" line="51" />
      <source>The child will be removed from the queue and the queue number will be lost. To stand in the queue again you will have to apply anew, and the child will be queued from the date of the new application.</source>
      <translation>Ребенок будет снят с очереди, номер очереди будет утрачен. Чтобы снова встать в очередь, нужно подать новое заявление, и ребенок будет поставлен в очередь с даты нового заявления.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/withdraw.py" line="54" />
      <source>I understand: remove the child from the queue</source>
      <translation>Я понимаю: снять ребенка с очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/withdraw.py" line="58" />
      <source>The application has been withdrawn from the queue.</source>
      <translation>Заявление снято с очереди.</translation>
    </message>
  </context>
</TS>

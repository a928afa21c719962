<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
    <name>Catalogue</name>
    <message>
      <location filename="../kiosk/ui/demo.py" line="46" />
      <source>Karaganda city</source>
      <translation>г. Караганда</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="47" />
      <source>Temirtau city</source>
      <translation>г. Темиртау</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="48" />
      <source>Saran city</source>
      <translation>г. Сарань</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="49" />
      <source>Shakhtinsk city</source>
      <translation>г. Шахтинск</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="50" />
      <source>Balkhash city</source>
      <translation>г. Балхаш</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="51" />
      <source>Abai district</source>
      <translation>Абайский район</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="52" />
      <source>Bukhar-Zhyrau district</source>
      <translation>Бухар-Жырауский район</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="53" />
      <source>Karkaraly district</source>
      <translation>Каркаралинский район</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="54" />
      <source>Nura district</source>
      <translation>Нуринский район</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="55" />
      <source>Osakarovka district</source>
      <translation>Осакаровский район</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="56" />
      <source>Shet district</source>
      <translation>Шетский район</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="59" />
      <source>Children of servicemen, including those who died or went missing on duty</source>
      <translation>Дети военнослужащих, в том числе погибших, пропавших без вести при исполнении служебных обязанностей</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="61" />
      <source>Children of staff of special state bodies, including those who died on duty</source>
      <translation>Дети сотрудников специальных государственных органов, в том числе погибших при исполнении служебных обязанностей</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="63" />
      <source>Orphans and children left without parental care</source>
      <translation>Дети-сироты и дети, оставшиеся без попечения родителей</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="65" />
      <source>Children with disabilities</source>
      <translation>Дети с инвалидностью</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="66" />
      <source>Children of parents with disabilities</source>
      <translation>Дети, родители которых являются лицами с инвалидностью</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="68" />
      <source>Children of large families</source>
      <translation>Дети из многодетных семей</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="69" />
      <source>Children with special educational needs</source>
      <translation>Дети с особыми образовательными потребностями</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="73" />
      <source>Early and latent forms of tuberculosis infection</source>
      <translation>Ранние и скрытые формы туберкулезной инфекции</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="75" />
      <source>Frequently ill children</source>
      <translation>Часто болеющие дети</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="76" />
      <source>Diseases of the respiratory organs</source>
      <translation>Заболевания органов дыхания</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="77" />
      <source>Disorders of the musculoskeletal system</source>
      <translation>Нарушения опорно-двигательного аппарата</translation>
    </message>
  </context>
  <context>
    <name>ChildPage</name>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="164" />
      <source>Data on minor children</source>
      <translation>Данные о несовершеннолетних детях</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="165" />
      <source>Child's IIN</source>
      <translation>ИИН ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="167" />
      <source>Enter the child's 12-digit IIN: the name and date of birth are filled in from the register.</source>
      <translation>Введите 12-значный ИИН ребенка: имя и дата рождения заполнятся из ГБД ФЛ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="170" />
      <source>Child's name</source>
      <translation>Имя ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="170" />
      <source>Child's surname</source>
      <translation>Фамилия ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="171" />
      <source>Child's patronymic</source>
      <translation>Отчество ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="172" />
      <source>Child's date of birth</source>
      <translation>Дата рождения ребенка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="174" />
      <source>Queue</source>
      <translation>Очередь</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="175" />
      <source>Kindergarten (general queue)</source>
      <translation>Детский сад (общая очередь)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="176" />
      <source>Sanatorium kindergarten</source>
      <translation>Санаторный детский сад</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="177" />
      <source>Profile of the sanatorium kindergarten</source>
      <translation>Профиль санаторного детского сада</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="178" />
      <source>District or city</source>
      <translation>Район или город</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="180" />
      <source>Astana, Almaty and Aktobe have their own portals and are not in this list.</source>
      <translation>Астана, Алматы и Актобе обслуживаются своими порталами и в списке отсутствуют.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="181" />
      <source>Choose from the list</source>
      <translation>Выберите из списка</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="184" />
      <source>Beneficiary</source>
      <translation>Льготник</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="185" />
      <source>Benefit information</source>
      <translation>Информация о льготности</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="186" />
      <source>Please note!</source>
      <translation>Просим обратить внимание!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="187" />
      <source>Attach only good-quality copies of all documents. If incorrect (unreadable) documents are attached, the child will be refused admission to the preschool organisation.</source>
      <translation>Необходимо прикладывать только качественные копии всех документов. В случае вложения некорректных (нечитаемых) документов Вам будет отказано в зачислении в дошкольную организацию.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="190" />
      <source>Benefit category</source>
      <translation>Категория льготности</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="191" />
      <source>Documents confirming the benefit</source>
      <translation>Документы, удостоверяющие льготу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="192" />
      <source>Add a scan</source>
      <translation>Добавить скан-копию</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="193" />
      <source>PDF, JPEG or PNG, at most {mb} MB each.</source>
      <translation>PDF, JPEG или PNG, не более {mb} МБ каждый.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="195" />
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="196" />
      <source>Send</source>
      <translation>Отправить</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="227" />
      <source>Waiting for the signature…</source>
      <translation>Ожидание подписи…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="280" />
      <source>Remove</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="290" />
      <source>{size} MB</source>
      <translation>{size} МБ</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="291" />
      <source>{size} KB</source>
      <translation>{size} КБ</translation>
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
    <name>FieldErrors</name>
    <message>
      <location filename="../kiosk/ui/errors.py" line="14" />
      <source>This field is required.</source>
      <translation>Это поле обязательно.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="15" />
      <source>Not found in the state register of persons.</source>
      <translation>Не найден в Государственной базе данных «Физические лица».</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="17" />
      <source>The register does not list you as this child's parent.</source>
      <translation>По данным ГБД ФЛ вы не являетесь родителем этого ребенка.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="19" />
      <source>Only children under 7 are put in the queue: this child is 7 or older.</source>
      <translation>В очередь ставятся только дети до 7 лет: ребенку уже исполнилось 7 лет.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="21" />
      <source>This birth date has not come yet.</source>
      <translation>Эта дата рождения еще не наступила.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="22" />
      <source>An IIN has exactly 12 digits.</source>
      <translation>ИИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="23" />
      <source>An IIN contains digits only.</source>
      <translation>ИИН содержит только цифры.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="24" />
      <source>This IIN holds a birth date that does not exist.</source>
      <translation>В этом ИИН указана несуществующая дата рождения.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="25" />
      <source>The 7th digit of this IIN is wrong.</source>
      <translation>Седьмая цифра этого ИИН неверна.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="26" />
      <source>This IIN is wrong: please check the digits (the check digit does not match).</source>
      <translation>ИИН указан неверно: проверьте цифры (не сходится контрольный разряд).</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="28" />
      <source>Enter the phone as +7 and 10 digits, e.g. +7 701 123 45 67.</source>
      <translation>Укажите телефон в виде +7 и 10 цифр, например +7 701 123 45 67.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="30" />
      <source>Enter a valid e-mail address, e.g. name@mail.kz.</source>
      <translation>Укажите правильный адрес электронной почты, например name@mail.kz.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="32" />
      <source>The file is empty.</source>
      <translation>Файл пустой.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="33" />
      <source>The file is too large: at most {mb} MB.</source>
      <translation>Файл слишком большой: допускается не более {mb} МБ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="34" />
      <source>Only PDF, JPEG or PNG files are accepted.</source>
      <translation>Принимаются только файлы PDF, JPEG или PNG.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="35" />
      <source>The file is damaged or cannot be read: please scan the document again.</source>
      <translation>Файл поврежден или не читается: отсканируйте документ заново.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="37" />
      <source>The file cannot be opened.</source>
      <translation>Не удается открыть файл.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="38" />
      <source>Please confirm that you have read the instruction.</source>
      <translation>Подтвердите, что вы ознакомились с инструкцией.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="40" />
      <source>Please check this field.</source>
      <translation>Проверьте это поле.</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <location filename="../kiosk/ui/home.py" line="59" />
      <source>Enrolment in preschool organisations</source>
      <translation>Постановка на очередь в детские дошкольные организации</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="61" />
      <source>Register a child in the kindergarten queue</source>
      <translation>Постановка ребенка в очередь в ДДО</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="62" />
      <source>Applications journal</source>
      <translation>Журнал заявлений</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="63" />
      <source>Find a queue number</source>
      <translation>Поиск номера очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="64" />
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
    <name>MainWindow</name>
    <message>
      <location filename="../kiosk/ui/main_window.py" line="197" />
      <source>Balabaqsha: kindergarten queue</source>
      <translation>Балабақша: очередь в детский сад</translation>
    </message>
  </context>
  <context>
    <name>OnScreenKeyboard</name>
    <message>
      <location filename="../kiosk/ui/keyboard.py" line="162" />
      <source>Space</source>
      <translation>Пробел</translation>
    </message>
  </context>
  <context>
    <name>RegistrationScreen</name>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="250" />
      <source>Register a child in the kindergarten queue</source>
      <translation>Постановка ребенка в очередь в ДДО</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="251" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="252" />
      <source>Step 1</source>
      <translation>Шаг 1</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="252" />
      <source>Fill in the applicant's details</source>
      <translation>Заполните данные заявителя</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="253" />
      <source>Step 2</source>
      <translation>Шаг 2</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="253" />
      <source>Fill in the child's details</source>
      <translation>Заполните данные ребенка</translation>
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="50" />
      <source>Application number</source>
      <translation>Номер заявления</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="51" />
      <source>Queue number</source>
      <translation>Номер очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="52" />
      <source>OK</source>
      <translation>ОК</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="64" />
      <source>Application accepted, pending delivery</source>
      <translation>Заявление принято, ожидает отправки</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="66" />
      <source>There is no connection to the central database right now. Your signed application is saved and will be delivered automatically as soon as the connection returns; the queue number will be given then and sent to your e-mail and phone.</source>
      <translation>Сейчас нет связи с центральной базой данных. Подписанное заявление сохранено и будет доставлено автоматически, как только связь восстановится; тогда же будет присвоен номер очереди, он придет на вашу электронную почту и телефон.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="71" />
      <source>Application registered</source>
      <translation>Заявление зарегистрировано</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="73" />
      <source>Notifications will be sent to the e-mail address and phone number you gave.</source>
      <translation>Уведомления будут направляться на указанные электронную почту и номер телефона.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="75" />
      <source>after delivery</source>
      <translation>после доставки</translation>
    </message>
  </context>
  <context>
    <name>ScanFolderPicker</name>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="48" />
      <location filename="../kiosk/ui/scan_picker.py" line="146" />
      <source>Choose the scanned documents</source>
      <translation>Выберите отсканированные документы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="148" />
      <source>There are no scans yet. Please ask the service centre staff to scan your document.</source>
      <translation>Отсканированных документов пока нет. Попросите сотрудника ЦОН отсканировать ваш документ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="149" />
      <source>Refresh</source>
      <translation>Обновить</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="150" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="151" />
      <source>Add</source>
      <translation>Добавить</translation>
    </message>
  </context>
</TS>

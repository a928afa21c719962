<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
  <context>
    <name>ApplicantPage</name>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="106" />
      <source>Applicant information</source>
      <translation>Өтініш беруші туралы ақпарат</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="108" />
      <source>Filled in from the state database «Individuals»; it cannot be changed here.</source>
      <translation>«Жеке тұлғалар» мемлекеттік дерекқорынан толтырылды; мұнда өзгертуге болмайды.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="110" />
      <source>Applicant's IIN</source>
      <translation>Өтініш берушінің ЖСН</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="111" />
      <source>Applicant's date of birth</source>
      <translation>Өтініш берушінің туған күні</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="112" />
      <source>Applicant's surname</source>
      <translation>Өтініш берушінің тегі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="113" />
      <source>Applicant's name</source>
      <translation>Өтініш берушінің аты</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="114" />
      <source>Applicant's patronymic</source>
      <translation>Өтініш берушінің әкесінің аты</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="116" />
      <source>Address of residence</source>
      <translation>Тұрғылықты мекенжайы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="118" />
      <source>City</source>
      <translation>Қала</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="118" />
      <source>District</source>
      <translation>Аудан</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="118" />
      <source>Street</source>
      <translation>Көше</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="119" />
      <source>House</source>
      <translation>Үй</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="119" />
      <source>Flat</source>
      <translation>Пәтер</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="121" />
      <source>Contact details</source>
      <translation>Байланыс деректері</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="123" />
      <source>E-mail address</source>
      <translation>Электрондық пошта</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="124" />
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="125" />
      <source>Additional e-mail address</source>
      <translation>Қосымша электрондық пошта</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="126" />
      <source>Additional phone</source>
      <translation>Қосымша телефон</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="130" />
      <source>* required fields</source>
      <translation>* — міндетті өрістер</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="131" />
      <source>Please note!</source>
      <translation>Назар аударуды сұраймыз!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="132" />
      <source>Give your current contact details (mobile phone number, e-mail). Notifications will be sent to this e-mail address and phone number.</source>
      <translation>Өтінішті берген кезде өзекті байланыс деректерін (ұялы телефон нөмірі, электрондық пошта) көрсету қажет. Көрсетілген электрондық пошта мен телефон нөміріне хабарлама жіберіледі.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="134" />
      <source>Back</source>
      <translation>Артқа</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="135" />
      <source>Next</source>
      <translation>Ары қарай</translation>
    </message>
  </context>
  <context>
    <name>Catalogue</name>
    <message>
      <location filename="../kiosk/ui/demo.py" line="46" />
      <source>Karaganda city</source>
      <translation>Қарағанды қаласы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="47" />
      <source>Temirtau city</source>
      <translation>Теміртау қаласы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="48" />
      <source>Saran city</source>
      <translation>Саран қаласы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="49" />
      <source>Shakhtinsk city</source>
      <translation>Шахтинск қаласы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="50" />
      <source>Balkhash city</source>
      <translation>Балқаш қаласы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="51" />
      <source>Abai district</source>
      <translation>Абай ауданы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="52" />
      <source>Bukhar-Zhyrau district</source>
      <translation>Бұқар жырау ауданы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="53" />
      <source>Karkaraly district</source>
      <translation>Қарқаралы ауданы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="54" />
      <source>Nura district</source>
      <translation>Нұра ауданы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="55" />
      <source>Osakarovka district</source>
      <translation>Осакаров ауданы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="56" />
      <source>Shet district</source>
      <translation>Шет ауданы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="59" />
      <source>Children of servicemen, including those who died or went missing on duty</source>
      <translation>Әскери қызметшілердің, оның ішінде қызметтік міндеттерін атқару кезінде қаза тапқан, хабар-ошарсыз кеткендердің балалары</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="61" />
      <source>Children of staff of special state bodies, including those who died on duty</source>
      <translation>Арнаулы мемлекеттік органдар қызметкерлерінің, оның ішінде қызметтік міндеттерін атқару кезінде қаза тапқандардың балалары</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="63" />
      <source>Orphans and children left without parental care</source>
      <translation>Жетім балалар және ата-анасының қамқорлығынсыз қалған балалар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="65" />
      <source>Children with disabilities</source>
      <translation>Мүгедектігі бар балалар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="66" />
      <source>Children of parents with disabilities</source>
      <translation>Ата-анасы мүгедектігі бар адамдар болып табылатын балалар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="68" />
      <source>Children of large families</source>
      <translation>Көп балалы отбасылардың балалары</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="69" />
      <source>Children with special educational needs</source>
      <translation>Ерекше білім берілуіне қажеттілігі бар балалар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="73" />
      <source>Early and latent forms of tuberculosis infection</source>
      <translation>Туберкулез инфекциясының ерте және жасырын түрлері</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="75" />
      <source>Frequently ill children</source>
      <translation>Жиі ауыратын балалар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="76" />
      <source>Diseases of the respiratory organs</source>
      <translation>Тыныс алу ағзаларының аурулары</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="77" />
      <source>Disorders of the musculoskeletal system</source>
      <translation>Тірек-қимыл аппаратының бұзылыстары</translation>
    </message>
  </context>
  <context>
    <name>ChildPage</name>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="164" />
      <source>Data on minor children</source>
      <translation>Кәмелетке толмаған балалар туралы деректер</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="165" />
      <source>Child's IIN</source>
      <translation>Баланың ЖСН</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="167" />
      <source>Enter the child's 12-digit IIN: the name and date of birth are filled in from the register.</source>
      <translation>Баланың 12 таңбалы ЖСН-ын енгізіңіз: аты мен туған күні ЖТ МДБ-дан толтырылады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="170" />
      <source>Child's name</source>
      <translation>Баланың аты</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="170" />
      <source>Child's surname</source>
      <translation>Баланың тегі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="171" />
      <source>Child's patronymic</source>
      <translation>Баланың әкесінің аты</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="172" />
      <source>Child's date of birth</source>
      <translation>Баланың туған күні</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="174" />
      <source>Queue</source>
      <translation>Кезек</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="175" />
      <source>Kindergarten (general queue)</source>
      <translation>Балабақша (жалпы кезек)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="176" />
      <source>Sanatorium kindergarten</source>
      <translation>Санаторлық балабақша</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="177" />
      <source>Profile of the sanatorium kindergarten</source>
      <translation>Санаторлық балабақшаның бейіні</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="178" />
      <source>District or city</source>
      <translation>Аудан немесе қала</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="180" />
      <source>Astana, Almaty and Aktobe have their own portals and are not in this list.</source>
      <translation>Астана, Алматы және Ақтөбе қалаларының өз порталдары бар, олар тізімде жоқ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="181" />
      <source>Choose from the list</source>
      <translation>Тізімнен таңдаңыз</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="184" />
      <source>Beneficiary</source>
      <translation>Жеңілдік берілген тұлға</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="185" />
      <source>Benefit information</source>
      <translation>Жеңілдік туралы ақпарат</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="186" />
      <source>Please note!</source>
      <translation>Назар аударуды сұраймыз!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="187" />
      <source>Attach only good-quality copies of all documents. If incorrect (unreadable) documents are attached, the child will be refused admission to the preschool organisation.</source>
      <translation>Барлық құжаттардың сапалы көшірмелерін ғана жүктеу қажет. Дұрыс емес (оқылмайтын) құжаттар жүктелген жағдайда, Сіздің мектепке дейінгі ұйымға қабылдау туралы өтінішіңіз мақұлданбайды.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="190" />
      <source>Benefit category</source>
      <translation>Жеңілдік санаты</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="191" />
      <source>Documents confirming the benefit</source>
      <translation>Жеңілдікті растайтын құжаттар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="192" />
      <source>Add a scan</source>
      <translation>Скан-көшірме қосу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="193" />
      <source>PDF, JPEG or PNG, at most {mb} MB each.</source>
      <translation>PDF, JPEG немесе PNG, әрқайсысы {mb} МБ-тан аспауы тиіс.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="195" />
      <source>Back</source>
      <translation>Артқа</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="196" />
      <source>Send</source>
      <translation>Жіберу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="227" />
      <source>Waiting for the signature…</source>
      <translation>Қолтаңба күтілуде…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="280" />
      <source>Remove</source>
      <translation>Жою</translation>
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
      <translation>Өтінім беруден бас тартасыз ба?</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="86" />
      <source>Everything you entered will be erased.</source>
      <translation>Енгізілген барлық деректер жойылады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="87" />
      <source>Yes, cancel</source>
      <translation>Иә, бас тарту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="88" />
      <source>No, continue</source>
      <translation>Жоқ, жалғастыру</translation>
    </message>
  </context>
  <context>
    <name>DescriptionPage</name>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="77" />
      <source>Service description</source>
      <translation>Қызметтің сипаттамасы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="79" />
      <source>Registering preschool children (under 7) in the queue for a referral to preschool organisations</source>
      <translation>Мектепке дейінгі жастағы (7 жасқа дейінгі) балаларды мектепке дейінгі ұйымдарға жіберу үшін кезекке қою</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="82" />
      <source>Which state body provides the service</source>
      <translation>Қызметті қандай мемлекеттік орган көрсетеді</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="83" />
      <source>Form of the service</source>
      <translation>Қызмет көрсету нысаны</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="84" />
      <source>Documents needed</source>
      <translation>Қажетті құжаттар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="85" />
      <source>Time to provide the service</source>
      <translation>Қызмет көрсету мерзімі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="86" />
      <source>Cost of the service and payment</source>
      <translation>Қызмет құны және төлеу тәртібі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="87" />
      <source>Result of the service</source>
      <translation>Қызмет көрсету нәтижесі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="88" />
      <source>When the service may be refused</source>
      <translation>Қызмет көрсетуден қандай жағдайларда бас тартылуы мүмкін</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="92" />
      <source>The local executive body</source>
      <translation>Жергілікті атқарушы орган</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="93" />
      <source>Automatic</source>
      <translation>Автоматтандырылған</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="95" />
      <source>The applicant's electronic digital signature (EDS)</source>
      <translation>Өтініш берушінің электрондық цифрлық қолтаңбасы (ЭЦҚ)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="96" />
      <source>If a benefit is claimed: documents confirming the benefit category</source>
      <translation>Жеңілдік көрсетілген жағдайда: жеңілдік санатын растайтын құжаттар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="98" />
      <source>5 minutes</source>
      <translation>5 минут</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="99" />
      <source>Free of charge</source>
      <translation>Тегін</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="101" />
      <source>A notice of registration in the queue for a referral to a preschool organisation</source>
      <translation>Мектепке дейінгі ұйымға жолдама алу үшін кезекке қойылғаны туралы хабарлама</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="103" />
      <source>The child is 7 years old or older</source>
      <translation>Баланың жасы 7-де немесе одан үлкен</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="104" />
      <source>The child is already in this queue (an application was filed before)</source>
      <translation>Бала осы кезекте тұр (өтініш бұрын берілген)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="105" />
      <source>The documents or data given are found to be untrue</source>
      <translation>Ұсынылған құжаттардың немесе мәліметтердің дұрыс еместігі анықталды</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="111" />
      <source>I confirm that I have read the instruction</source>
      <translation>Нұсқаулықпен танысқанымды растаймын</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="112" />
      <source>Submit an application</source>
      <translation>Өтінімді беру</translation>
    </message>
  </context>
  <context>
    <name>FieldErrors</name>
    <message>
      <location filename="../kiosk/ui/errors.py" line="14" />
      <source>This field is required.</source>
      <translation>Бұл өріс міндетті.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="15" />
      <source>Not found in the state register of persons.</source>
      <translation>«Жеке тұлғалар» мемлекеттік дерекқорында табылмады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="17" />
      <source>The register does not list you as this child's parent.</source>
      <translation>ЖТ МДБ деректері бойынша сіз бұл баланың ата-анасы емессіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="19" />
      <source>Only children under 7 are put in the queue: this child is 7 or older.</source>
      <translation>Кезекке тек 7 жасқа дейінгі балалар қойылады: балаға 7 жас толған.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="21" />
      <source>This birth date has not come yet.</source>
      <translation>Бұл туған күн әлі келген жоқ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="22" />
      <source>An IIN has exactly 12 digits.</source>
      <translation>ЖСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="23" />
      <source>An IIN contains digits only.</source>
      <translation>ЖСН тек цифрлардан тұрады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="24" />
      <source>This IIN holds a birth date that does not exist.</source>
      <translation>Бұл ЖСН-да жоқ туған күн көрсетілген.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="25" />
      <source>The 7th digit of this IIN is wrong.</source>
      <translation>Бұл ЖСН-ның жетінші цифры қате.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="26" />
      <source>This IIN is wrong: please check the digits (the check digit does not match).</source>
      <translation>ЖСН қате: цифрларын тексеріңіз (бақылау разряды сәйкес келмейді).</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="28" />
      <source>Enter the phone as +7 and 10 digits, e.g. +7 701 123 45 67.</source>
      <translation>Телефонды +7 және 10 цифр түрінде көрсетіңіз, мысалы +7 701 123 45 67.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="30" />
      <source>Enter a valid e-mail address, e.g. name@mail.kz.</source>
      <translation>Электрондық пошта мекенжайын дұрыс көрсетіңіз, мысалы name@mail.kz.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="32" />
      <source>The file is empty.</source>
      <translation>Файл бос.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="33" />
      <source>The file is too large: at most {mb} MB.</source>
      <translation>Файл тым үлкен: {mb} МБ-тан аспауы тиіс.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="34" />
      <source>Only PDF, JPEG or PNG files are accepted.</source>
      <translation>Тек PDF, JPEG немесе PNG файлдары қабылданады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="35" />
      <source>The file is damaged or cannot be read: please scan the document again.</source>
      <translation>Файл зақымдалған немесе оқылмайды: құжатты қайта сканерлеңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="37" />
      <source>The file cannot be opened.</source>
      <translation>Файлды ашу мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="38" />
      <source>Please confirm that you have read the instruction.</source>
      <translation>Нұсқаулықпен танысқаныңызды растаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="40" />
      <source>Please check this field.</source>
      <translation>Бұл өрісті тексеріңіз.</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <location filename="../kiosk/ui/home.py" line="59" />
      <source>Enrolment in preschool organisations</source>
      <translation>Мектепке дейінгі ұйымдарға кезекке қою</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="61" />
      <source>Register a child in the kindergarten queue</source>
      <translation>Баланы кезекке қою</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="62" />
      <source>Applications journal</source>
      <translation>Өтініштер журналы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="63" />
      <source>Find a queue number</source>
      <translation>Кезек нөмірін іздеу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="64" />
      <source>View statistics</source>
      <translation>Статистиканы қарау</translation>
    </message>
  </context>
  <context>
    <name>InactivityWarning</name>
    <message>
      <location filename="../kiosk/ui/inactivity.py" line="154" />
      <source>Are you still there?</source>
      <translation>Сіз әлі осындасыз ба?</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/inactivity.py" line="156" />
      <source>To protect your data, everything you entered will be erased in {seconds} s.</source>
      <translation>Деректеріңізді қорғау үшін енгізілгеннің бәрі {seconds} секундтан кейін жойылады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/inactivity.py" line="158" />
      <source>Continue</source>
      <translation>Жалғастыру</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../kiosk/ui/main_window.py" line="197" />
      <source>Balabaqsha: kindergarten queue</source>
      <translation>Балабақша: балабақшаға кезек</translation>
    </message>
  </context>
  <context>
    <name>OnScreenKeyboard</name>
    <message>
      <location filename="../kiosk/ui/keyboard.py" line="162" />
      <source>Space</source>
      <translation>Бос орын</translation>
    </message>
  </context>
  <context>
    <name>RegistrationScreen</name>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="250" />
      <source>Register a child in the kindergarten queue</source>
      <translation>Баланы кезекке қою</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="251" />
      <source>Cancel</source>
      <translation>Бас тарту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="252" />
      <source>Step 1</source>
      <translation>1-қадам</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="252" />
      <source>Fill in the applicant's details</source>
      <translation>Өтініш беруші деректерін толтырыңыз</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="253" />
      <source>Step 2</source>
      <translation>2-қадам</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="253" />
      <source>Fill in the child's details</source>
      <translation>Бала деректерін толтырыңыз</translation>
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="50" />
      <source>Application number</source>
      <translation>Өтініш нөмірі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="51" />
      <source>Queue number</source>
      <translation>Кезек нөмірі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="52" />
      <source>OK</source>
      <translation>ОК</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="64" />
      <source>Application accepted, pending delivery</source>
      <translation>Өтініш қабылданды, жіберуді күтуде</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="66" />
      <source>There is no connection to the central database right now. Your signed application is saved and will be delivered automatically as soon as the connection returns; the queue number will be given then and sent to your e-mail and phone.</source>
      <translation>Қазір орталық дерекқормен байланыс жоқ. Қол қойылған өтініш сақталды және байланыс қалпына келгенде автоматты түрде жеткізіледі; сол кезде кезек нөмірі беріліп, электрондық поштаңыз бен телефоныңызға жіберіледі.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="71" />
      <source>Application registered</source>
      <translation>Өтініш тіркелді</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="73" />
      <source>Notifications will be sent to the e-mail address and phone number you gave.</source>
      <translation>Хабарламалар көрсетілген электрондық пошта мен телефон нөміріне жіберіледі.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="75" />
      <source>after delivery</source>
      <translation>жеткізілгеннен кейін</translation>
    </message>
  </context>
  <context>
    <name>ScanFolderPicker</name>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="48" />
      <location filename="../kiosk/ui/scan_picker.py" line="146" />
      <source>Choose the scanned documents</source>
      <translation>Сканерленген құжаттарды таңдаңыз</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="148" />
      <source>There are no scans yet. Please ask the service centre staff to scan your document.</source>
      <translation>Сканерленген құжаттар әлі жоқ. ХҚКО қызметкерінен құжатыңызды сканерлеуді сұраңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="149" />
      <source>Refresh</source>
      <translation>Жаңарту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="150" />
      <source>Cancel</source>
      <translation>Бас тарту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="151" />
      <source>Add</source>
      <translation>Қосу</translation>
    </message>
  </context>
</TS>

"""holdout13, part C: a PDF reader's text layer, an OCR'd fax, a maritime safety
administration, an exam forum, a personnel-exam site, a law firm, an accounting school, a
Q&A encyclopaedia, a cloud-disk share, a postal regulator's print view, a forwarded mail
and an organs' Party-building site. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="docshare-pdflayer-safety-commendation-decision",
        site="简阅PDF在线阅读器 (invented)",
        style="文档分享",
        genre="决定",
        kind="other",
        form="text",
        source="https://reader.jianyuepdf.example.com/v/4f21c9e0.pdf",
        title="关于表彰2025年度全县安全生产先进集体和先进个人的决定",
        record_title="关于表彰2025年度全县安全生产先进集体和先进个人的决定.pdf",
        date="2026-02-03",
        notes="a PDF reader's text layer: toolbar and zoom lines, ⟪N⟫ page markers cut sentences, a document number (neutral); lists of names one per paragraph; signature date in Chinese numerals",
        pages=dict(fmt="⟪{n}⟫", every=160, start=2, glue="mix"),
        page="""
!a ☰ 目录　⊕ 放大　⊖ 缩小　⤓ 下载　⎙ 打印
!m 页面：1 / 4　　缩放：100%
溪岚安委〔2026〕2号
{T}
{BODY}
!m 文档由“简阅PDF”提供在线预览　jianyuepdf.example.com
!a 在简阅APP中打开，体验更流畅
""",
        body="""
各乡镇人民政府，县直有关单位：
2025年，全县各级各部门认真贯彻落实党中央、国务院关于安全生产的决策部署，坚持人民至上、生命至上，扎实开展安全生产治本攻坚行动，全县生产安全事故起数和死亡人数实现“双下降”，安全生产形势持续稳定向好。在这一过程中，涌现出一批成绩突出的先进集体和先进个人。
为表彰先进、树立典型，县安全生产委员会决定，授予县应急管理局执法大队等10个单位“2025年度全县安全生产先进集体”称号，授予陈立新等20名同志“2025年度全县安全生产先进个人”称号。
希望受到表彰的单位和个人珍惜荣誉、再接再厉，在今后的工作中发挥示范带头作用。全县各级各部门要以先进为榜样，牢固树立安全发展理念，从严从实抓好安全生产各项工作，为全县经济社会高质量发展营造安全稳定的环境。
附件：2025年度全县安全生产先进集体和先进个人名单
一、先进集体（10个）
县应急管理局执法大队
县交通运输局综合行政执法大队
溪岚镇人民政府
石门乡人民政府
二、先进个人（20名）
陈立新　县应急管理局
万小溪　县消防救援大队
溪岚县安全生产委员会
二〇二六年二月三日
""",
    ),
    dict(
        slug="mail-ocrfax-freight-pass-letter",
        site="传真扫描件OCR (invented)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="text",
        source="file:///scan/fax/传真件_20260311.pdf",
        title="关于协调解决货运车辆通行证办理问题的函",
        record_title="传真件_20260311.pdf",
        date="2026-03-10",
        notes="an OCR'd fax whose file name is no title: fax header lines, OCR noise lines and glued noise (junk), a fax-page marker cutting a sentence, the letter's own contact line and 抄送 stay; signature date",
        page="""
!m FROM：沅桥县物流协会　　FAX NO.：0744-8326015　　Mar. 10 2026 04:18PM　P1
!j ~ .. ;l ' | 1
{T}
{BODY}
!j :; i ' ~~ ..
!m 传真已成功发送　页数：2　结果：OK
""",
        body="""
沅桥县公安局交通警察大队：
近期，我会多家会员企业反映，因城区货运车辆通行证办理条件调整，部分为商超、医院配送生活物资的4.5吨以下厢式货车未能及时办理通行证，影响了正常配送。为保障城区生活物资供应，特商请贵队协调解决以下问题：⟦j l1 .; ~⟧
一、对从事生活物资配送、车辆手续齐全的会员企业，能否开通通行证绿色通道，简化审核材料。
二、能否适当延长夜间配送时段，由现行的22时至次日6时调整为21时至次日7时。
三、能否在商超集中区域增设临时装卸车位，减少货车路边停靠对交通的影响。
我会将督促会员企业严格遵守道路交通安全法规，规范驾驶行为，服从交通管理。以上事项，恳请贵队予以研究支持。⟦p ----- P2 -----⟧
联系人：黎向阳，电话：0744-8326011，手机：135 7442 0968。
沅桥县物流协会
2026年3月10日
抄送：县商务局、县交通运输局。
""",
    ),
    dict(
        slug="gov-lingjiang-msa-ferry-inspection-html",
        site="泠江海事局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ljmsa.example.gov.cn/xxgk/tzgg/202604/t20260401_9013.html",
        title="关于开展2026年春季渡运安全专项检查的通知",
        record_date="2026-04-01",
        date="2026-04-01",
        notes="a maritime safety administration: an information-disclosure index table above the title (chrome meta), a numbered list with decimal sub-items, the bureau's own duty phone, a 附件 list; an 'open in phone' QR and related-links box",
        page="""
<html><head><meta charset="utf-8"><title>关于开展2026年春季渡运安全专项检查的通知_泠江海事局</title></head><body>
<div class="top">⟦m 泠江海事局　Lingjiang Maritime Safety Administration⟧</div>
<div class="nav">⟦m 首页　机构概况　政务公开　海事服务　安全监管　互动交流⟧</div>
<div class="loc">⟦m 当前位置：政务公开 ＞ 通知公告⟧</div>
<table class="idx">
<tr><td>⟦m 索 引 号：11330000MB1826-2026-00041⟧</td><td>⟦m 主题分类：安全监管⟧</td></tr>
<tr><td>⟦m 发布机构：泠江海事局⟧</td><td>⟦m 生成日期：2026-04-01⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="zw">
{BODY}
</div>
<div class="ewm">⟦a 扫码在手机上查看⟧</div>
<div class="xg"><h3>⟦l 相关链接⟧</h3><p>⟦l 渡口渡船安全管理规定（全文）⟧</p><p>⟦l 2025年度辖区水上交通安全形势分析⟧</p></div>
<div class="foot">⟦m 泠江海事局主办　地址：泠江市沿江北路12号⟧<br>⟦m 浙ICP备13009871号⟧</div>
</body></html>
""",
        body="""
各海事处，局机关各处室：
为切实做好春季渡运安全工作，有效防范和遏制渡运安全事故，根据上级海事部门统一部署，局决定自4月上旬起在辖区开展春季渡运安全专项检查。现将有关事项通知如下：
一、检查时间
2026年4月7日至5月15日。
二、检查范围
辖区内所有客渡船、车客渡船、乡镇自用船舶及渡口码头。
三、检查内容
3.1 渡船适航情况，重点检查船舶检验证书、救生消防设备配备和维护保养情况。
3.2 船员配备和持证情况，重点检查船员适任证书、安全培训记录。
3.3 渡口管理情况，重点检查渡口安全设施、乘客须知牌、安全员在岗履职情况。
3.4 恶劣天气停航制度落实情况。
四、工作要求
各海事处要加强与地方政府及乡镇的协作，对检查中发现的问题建立台账，限期整改；对存在重大安全隐患的渡船，依法责令停航整改。检查情况请于5月20日前报局安全监督处。
局值班电话：0573-8811065。
附件：1.渡运安全专项检查表
2.专项检查情况汇总表
泠江海事局
2026年4月1日
""",
    ),
    dict(
        slug="gkforum-qingjin-interview-mistakes-junk",
        site="青衿公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.qingjingk.example.com/thread-55310-1-1.html",
        title="面试考官视角：结构化面试答题的四个误区",
        record_title="面试考官视角：结构化面试答题的四个误区 - 面试交流 - 青衿公考论坛",
        date="2026-02-23",
        notes="an exam-forum thread with anti-scraping junk as lines and glued after 。; the poster's 发表于 time is the page's date; replies, a signature line and a reply box under the post",
        junk=dict(lines=2, glued=4),
        page="""
!m 青衿公考论坛 » 面试交流 » 正文
!m 浏览：6620 | 回复：48
{T}
!m 楼主　竹外桃花　（UID 30217，积分 5120）　发表于 2026-2-23 20:46
!l 电梯直达　只看该作者　倒序浏览
{BODY}
!m ———— 签名：愿每一位考生都能心想事成 ————
!l 沙发　雾凇：考官视角太难得了，收藏！
!l 板凳　小满就好：第三点说的就是我，谢谢分享
!a 高级模式　｜　发表回复　｜　回帖后跳转到最后一页
""",
        body="""
去年参加了几场事业单位面试的评分工作，发现不少考生在答题中反复出现一些共性问题。这里说说我印象最深的四个误区，供正在备考的朋友参考。
误区一：套话连篇，缺少具体内容。很多考生一开口就是“随着经济社会的快速发展”，三分钟的答题时间有一分钟在讲背景。考官更想听到的是你对问题的具体分析和可操作的措施。
误区二：结构僵化，只会“一二三”。有条理是好事，但如果每道题都是“第一、第二、第三”，而每一点又很空洞，反而让人觉得是背模板。不同题型应当有不同的答题思路。
误区三：忽视岗位特点。同一道组织管理题，报考乡镇岗位和报考机关岗位，回答的侧重点应当有所不同。考生要结合报考岗位的工作实际来作答。
误区四：语速过快，缺少交流感。有的考生一坐下就像背书一样一口气说完，眼睛不看考官。适当放慢语速、与考官有眼神交流，会给人沉稳自信的印象。
以上只是个人的一点观察，祝大家都能顺利上岸。
""",
    ),
    dict(
        slug="exam-cangyu-reexam-announcement-html",
        site="苍屿市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.cyrsks.example.gov.cn/kwgg/2026/0511/1204.html",
        title="苍屿市2026年事业单位公开招聘工作人员资格复审公告",
        date="2026-05-11",
        notes="a personnel-exam site: a score-query float box, an exam calendar in the sidebar, the body's own consultation phones and a line telling candidates to 下载/打印 a form; byline date equals the signature date",
        page="""
<html><head><meta charset="utf-8"><title>苍屿市2026年事业单位公开招聘工作人员资格复审公告</title></head><body>
<div class="hd">⟦m 苍屿市人事考试网　公平 公正 公开⟧ <a>⟦a 考生登录⟧</a> <a>⟦a 报名入口⟧</a></div>
<div class="float">⟦a 成绩查询通道已开通，点击进入 ×⟧</div>
<div class="nav">⟦m 首页 › 考务公告 › 事业单位招聘⟧</div>
<div class="wz"><h2>{T}</h2>
<div class="sj">⟦m 来源：市人事考试院　发布时间：2026-05-11 17:30　【大 中 小】⟧</div>
{BODY}
</div>
<div class="cal"><h4>⟦l 考试日历⟧</h4><ul><li>⟦l 05-24 中小学教师资格考试面试⟧</li><li>⟦l 06-14 二级建造师执业资格考试⟧</li></ul></div>
<div class="ft">⟦m 苍屿市人事考试院　地址：苍屿市学院路98号　咨询电话：0592-5517400⟧<br>⟦d 本网站所有内容未经授权不得转载⟧</div>
</body></html>
""",
        p_html="<div class=\"p\">{}</div>",
        body="""
根据《苍屿市2026年事业单位公开招聘工作人员公告》，现就笔试后资格复审有关事项公告如下。
一、复审对象
按照招聘岗位计划数与面试人数1:3的比例，根据笔试成绩从高分到低分确定进入资格复审人员，名单详见附件。
二、复审时间和地点
时间：2026年5月18日至5月19日（上午8:30—12:00，下午14:30—17:30）。
地点：苍屿市人力资源市场三楼（苍屿市湖滨北路201号）。
三、复审材料
1.本人有效居民身份证、毕业证书、学位证书原件及复印件；
2.报考岗位要求的专业技术资格证书、职业资格证书等原件及复印件；
3.《资格复审表》一份（请考生自行下载并用A4纸双面打印，如实填写后本人签名）。
四、注意事项
考生未在规定时间参加资格复审或复审不合格的，取消面试资格，所缺名额按笔试成绩从高分到低分依次递补。
咨询电话：0592-5517412（市人事考试院），0592-5517436（市人社局事业单位人事管理科）。
附件：进入资格复审人员名单
苍屿市人力资源和社会保障局
2026年5月11日
""",
    ),
    dict(
        slug="lawfirm-luming-compliance-suggestions",
        site="鹿鸣律师事务所 (invented)",
        style="律所网站",
        genre="意见",
        kind="other",
        form="text",
        source="https://www.lumingls.example.com/insights/2026/compliance-0315.html",
        title="关于民营企业加强合规管理的几点建议",
        record_title="关于民营企业加强合规管理的几点建议-鹿鸣律师事务所",
        date=None,
        notes="a law firm's insight page: the lawyer's card, an online-consultation button glued after a sentence, a disclaimer in new words, a 400 hotline and practice-area tags; no date",
        page="""
!m 鹿鸣律师事务所　LUMING LAW FIRM
!m 首页 / 鹿鸣观点 / 合规专栏
{T}
!m 作者：祁远舟　律师　｜　鹿鸣所高级合伙人　｜　公司合规与争议解决
{BODY}
!d 温馨提示：文中观点仅代表作者个人，仅供交流探讨，不应视为针对任何具体事务的律师意见。
!w 全国服务热线 400-670-1218　|　预约律师面谈
!l 业务领域：公司治理　合规管理　劳动人事
!l 相关观点：企业数据出境合规要点解析
""",
        body="""
近年来，随着一系列法律法规的出台和施行，民营企业面临的合规要求日益提高。从我们办理的案件看，不少企业的法律风险并非来自恶意违法，而是源于合规意识淡薄、管理制度缺位。结合实务经验，提出以下几点建议。
一、建立与企业规模相适应的合规管理体系。中小企业不必照搬大型企业的复杂架构，但至少应当明确合规负责人，梳理本行业的主要监管要求，形成简明实用的合规清单。⟦w 点击在线咨询⟧
二、重点关注劳动用工、税务和数据安全三个领域。这三个领域是近年来民营企业涉诉、受罚最集中的领域，企业应当定期开展自查，及时发现和纠正问题。
三、把合规审查嵌入业务流程。重大合同签订、对外投资、新产品上线等事项，应当在决策前经过法务或外部律师审查，避免“先做后补”。
四、加强对管理层和关键岗位人员的合规培训。合规文化的形成，关键在于“关键少数”以身作则。
合规不是企业发展的负担，而是行稳致远的保障。越早建立合规管理体系，企业付出的成本就越低。
""",
    ),
    dict(
        slug="training-jinzhang-accounting-cram-notice",
        site="金账会计培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.jinzhangkj.example.com/news/2026/0415/62.html",
        title="关于2026年初级会计职称考试考前冲刺班开课安排的通知",
        date="2026-04-15",
        notes="an accounting school: a free-trial prompt, a class-adviser QR line glued at the end of a paragraph, student reviews and a 立即报名 box; the class schedule table and the school's own front-desk phone stay in the body",
        page="""
!m 金账会计培训学校 | 专注会计职业教育12年
!a 免费试听　　　领取资料包　　　在线咨询
{T}
!m 发布人：教务部　　2026-04-15　　浏览 884
{BODY}
!l 学员评价
!l ★★★★★ 老师讲得很透，一次过了两科！——学员 小蔓
!l ★★★★☆ 题库很实用，就是课后作业有点多。——学员 阿泽
!a 冲刺班火热报名中　¥680　立即报名
!m 校区地址：鹭汀区学府路77号金账大厦3楼
""",
        body="""
各位学员：
2026年度初级会计专业技术资格考试将于5月中旬举行。为帮助学员在考前系统梳理知识、提高应试能力，我校定于4月20日起开设考前冲刺班。现将有关事项通知如下。
一、课程安排
科目　上课时间　授课教师
初级会计实务　4月20日至5月3日　每晚19:00—21:00　许老师
经济法基础　4月21日至5月4日　每晚19:00—21:00　卓老师
二、上课方式
冲刺班采取线下面授与线上直播同步进行，因故缺课的学员可在学习平台观看回放。⟦w 扫码添加班主任微信，拉你进冲刺群⟧
三、其他事项
已报名全程班的学员免费参加冲刺班，请于4月18日前到前台登记领取冲刺讲义和模拟试卷；未报名的学员可单独报名冲刺班。
咨询电话：0592-7721088（前台）。
金账会计培训学校教务部
2026年4月15日
""",
    ),
    dict(
        slug="wiki-zhiliao-minutes-vs-records",
        site="知了百科问答 (invented)",
        style="百科问答",
        genre="说明",
        kind="other",
        form="text",
        source="https://baike.zhiliao.example.com/wenda/9917204.html",
        title="会议纪要和会议记录有什么区别？",
        record_title="会议纪要和会议记录有什么区别？_知了百科问答",
        date=None,
        notes="a Q&A encyclopaedia: an asker line, a best-answer badge, a helpful-vote row, 'other answers' collapsed; the answer quotes an example date of a minutes (no date of the page)",
        page="""
!m 知了百科问答 — 有问题，就问知了
!m 知了问答 › 职场办公 › 公文写作
{T}
!m 提问者：匿名网友　　2人关注　　浏览 3.9万次
!l ✔ 最佳答案
!m 答主：公文老杨　　认证：资深文秘　　已帮助 12,890 人
{BODY}
!l 👍 有用(1208)　　👎 没用(17)　　评论(36)
!l 其他 6 个回答 ▼
!a 我来回答　　邀请好友回答
""",
        body="""
会议纪要和会议记录都是记载会议情况的材料，但二者在性质、内容和作用上有明显区别。
一是性质不同。会议记录是会议过程的原始记录，属于事务性文书，一般不对外发送；会议纪要是在会议记录的基础上，经过整理、提炼形成的法定公文，可以印发有关单位执行。
二是内容不同。会议记录要求“有言必录”，尽量完整地记下发言人的原话；会议纪要则要求概括会议的主要精神和议定事项，不必记录每个人的发言。
三是写法不同。会议纪要常用“会议认为”“会议指出”“会议决定”等句式，成文日期一般写在正文之后，例如“2025年12月5日”，也有的纪要把会议时间写在标题下方。
四是作用不同。会议记录主要用于备查，是编写纪要的依据；会议纪要则具有指导和约束作用，与会单位应当遵照执行。
简单说，记录是“原材料”，纪要是“成品”。
""",
    ),
    dict(
        slug="netdisk-qingyun-womens-day-host-script",
        site="青云网盘 (invented)",
        style="网盘分享",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://pan.qingyunpan.example.com/s/aB3kP9xZ",
        title="2026年三八妇女节表彰大会主持词",
        record_title="2026年三八妇女节表彰大会主持词.docx",
        date=None,
        notes="a cloud-disk share: file name with size and expiry, an extraction-code line, save/download buttons, a report link and a storage notice; the preview text between; no date (a year in the title alone)",
        page="""
!t 2026年三八妇女节表彰大会主持词.docx
!m 23.6 KB　　分享者：木子李　　7天后过期
!m 提取码：m8q5
!a 保存到网盘　　下载（需登录）　　举报
!a 在线预览（仅显示前两页）
{BODY}
!a 预览结束，保存到网盘查看完整文件
!d 青云网盘仅提供存储服务，分享内容由用户负责，如有侵权请点击举报。
""",
        body="""
尊敬的各位领导，亲爱的姐妹们：
大家上午好！春风送暖，万物复苏。在这个充满希望的季节，我们迎来了第116个“三八”国际劳动妇女节。今天，我们在这里隆重召开庆祝“三八”国际劳动妇女节暨表彰大会，表彰一年来在各条战线上涌现出的先进女性集体和个人。
出席今天大会的领导有：县委副书记傅婉清同志，县人大常委会副主任欧海燕同志，县妇联主席葛颖同志。让我们以热烈的掌声欢迎各位领导的到来！
下面进行大会第一项：请县妇联副主席宣读表彰决定。
下面进行大会第二项：请受表彰的“三八红旗集体”和“三八红旗手”代表上台领奖，请各位领导为她们颁奖。
下面进行大会第三项：请先进代表作交流发言。
最后，请县委副书记傅婉清同志作重要讲话。大家欢迎！
姐妹们，刚才傅书记的讲话，充分肯定了全县妇女工作取得的成绩，对今后工作提出了明确要求。希望全县广大妇女以受表彰的先进为榜样，巾帼建新功，奋进新征程。
大会到此结束，谢谢大家！
""",
    ),
    dict(
        slug="print-cangyu-postal-618-notice",
        site="苍屿市邮政管理局 (invented print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="https://cy.spb.example.gov.cn/xxgk/tzgg/202606/print_t20260605_441.html",
        title="关于做好2026年“618”电商促销期间寄递服务保障工作的通知",
        date="2026-06-05",
        date_also=["2026-06-06"],
        notes="a print view: the print time and page address at the top, a page footer 'page 1 of 1' with the URL at the bottom; the notice's own complaint hotline and a 版记 with 抄送; byline and signature dates differ",
        page="""
!m 苍屿市邮政管理局
!m 打印日期：2026/6/9 上午10:22:05
!m https://cy.spb.example.gov.cn/xxgk/tzgg/202606/t20260605_441.html
{T}
!m 发布时间：2026-06-06　　来源：市场监管科
{BODY}
!a 〖打印本页〗〖关闭本页〗
!m 1 / 1　　cy.spb.example.gov.cn
""",
        body="""
各寄递企业：
今年“618”电商促销活动将于6月1日至6月20日集中开展，预计期间全市快递业务量将比平日增长40%以上。为确保寄递服务平稳有序，保障用户合法权益，现就有关事项通知如下。
一、强化运力调配。各企业要提前做好分拣场地、车辆和人员准备，合理安排投递班次，做到快件不积压、网点不瘫痪。
二、严格落实安全制度。严格执行收寄验视、实名收寄和过机安检制度，严防禁寄物品进入寄递渠道。
三、保障快递员合法权益。合理安排快递员工作时间，落实防暑降温措施，不得以罚代管、随意克扣劳动报酬。
四、规范末端投递服务。未经用户同意，不得擅自将快件投递至智能快件箱或快递服务站，杜绝“不打招呼就上柜”。
五、及时处理用户投诉。用户对寄递服务不满意的，可拨打邮政业用户申诉电话12305，各企业要在规定时限内处理答复。
苍屿市邮政管理局
2026年6月5日
抄送：市商务局、市交通运输局。
""",
    ),
    dict(
        slug="mail-fwd-school-canteen-meeting-notice",
        site="鹭汀区教育邮箱 (invented forwarded mail)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:office@lt-edu.example.cn?subject=fwd-canteen-meeting",
        title="关于召开全区中小学食堂管理工作推进会的通知",
        record_title="转发：关于召开全区中小学食堂管理工作推进会的通知",
        date="2026-03-16",
        notes="a forwarded mail: the mail's 发件人/收件人/抄送/附件 headers and the forwarder's note are chrome, the notice's own 附件 and contact lines are body; the mail client's footer",
        page="""
!m 发件人：区教育局办公室 <office@lt-edu.example.cn>
!m 发送时间：2026年3月16日（星期一）下午3:12
!m 收件人：各中小学校长 <principals@lt-edu.example.cn>
!m 抄　送：后勤保障科 <hq@lt-edu.example.cn>
!m 主　题：转发：关于召开全区中小学食堂管理工作推进会的通知
!m 附　件：参会回执.xlsx（18 KB）
!w 各位校长：请查收附件，按时报送回执。如有疑问请回复本邮件。——办公室 小翟
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件及其附件含有内部工作信息，如果您不是指定收件人，请立即删除。
!a 使用鹭汀邮 APP，随时随地收发邮件
""",
        body="""
各中小学、幼儿园：
为进一步加强学校食堂管理，保障师生饮食安全，区教育局定于2026年3月20日召开全区中小学食堂管理工作推进会。现将有关事项通知如下：
一、会议时间
2026年3月20日（星期五）下午2:30，会期半天。
二、会议地点
区教师发展中心二楼报告厅。
三、参会人员
各中小学、幼儿园分管后勤工作的副校长（副园长）、食堂负责人。
四、会议内容
通报2025年度学校食堂专项检查情况；学习《学校食品安全与营养健康管理规定》；部署2026年学校食堂“明厨亮灶”提升工作。
五、有关要求
请各单位于3月18日下班前将参会回执发送至区教育局后勤保障科邮箱，参会人员须准时参会，不得无故缺席。
联系人：翟晓芸，电话：0592-7730215。
附件：参会回执
鹭汀区教育局
2026年3月16日
""",
    ),
    dict(
        slug="dangjian-organs-anniversary-speech-html",
        site="栖梧市直机关党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://jgdj.qiwu.example.gov.cn/ldjh/2026/0701/2011.html",
        title="在市直机关庆祝建党105周年暨“两优一先”表彰大会上的讲话",
        record_title=None,
        date="2026-06-30",
        notes="no record title; a Party-building site: the speaker line and the date under the title are neutral; a red-banner slogan line, a study-points widget and a 'learn more' box; a 返回顶部 line between two paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>领导讲话 - 栖梧市直机关党建网</title></head><body>
<div class="banner">⟦m 栖梧市直机关党建网⟧<span>⟦m 不忘初心　牢记使命⟧</span></div>
<div class="menu">⟦m 首页 | 要闻 | 领导讲话 | 支部风采 | 党员教育 | 清风园地⟧</div>
<div class="crumb">⟦m 首页 > 领导讲话⟧</div>
<div class="article"><h2>{T}</h2>
<p class="author">市委常委、市直机关工委书记　戴文澜</p>
<p class="date">（2026年6月30日）</p>
<div class="info">⟦m 编辑：市直机关工委宣传部　点击：905⟧</div>
{BODY}
</div>
<div class="points">⟦a 阅读本文可获学习积分 +1 ，登录后领取⟧</div>
<div class="more"><h4>⟦l 延伸学习⟧</h4><p>⟦l 市直机关开展“七一”主题党日活动⟧</p><p>⟦l 优秀共产党员先进事迹摘登⟧</p></div>
<div class="foot">⟦d 中共栖梧市直属机关工作委员会 主办　未经许可请勿转载⟧</div>
</body></html>
""",
        body="""
同志们：
在中国共产党成立105周年之际，我们在这里隆重召开大会，表彰市直机关优秀共产党员、优秀党务工作者和先进基层党组织。首先，我代表市直机关工委，向受到表彰的先进集体和个人表示热烈的祝贺！向市直机关全体共产党员致以节日的问候！
过去一年，市直机关各级党组织坚持以党的政治建设为统领，深入推进模范机关建设，基层党组织标准化规范化水平持续提升，涌现出一批政治坚定、业务精湛、作风过硬的先进典型。这次受表彰的32名优秀共产党员、15名优秀党务工作者和20个先进基层党组织，就是他们中的杰出代表。
⟦a ▲ 返回顶部⟧
借此机会，我对市直机关党建工作再提三点要求。
一是在强化政治机关意识上作表率。机关党组织要把旗帜鲜明讲政治作为第一要求，教育引导党员干部始终在思想上政治上行动上同党中央保持高度一致。
二是在推动党建和业务深度融合上作表率。要坚持围绕中心、建设队伍、服务群众，把党建工作成效体现到推动全市高质量发展的各项任务中。
三是在锻造过硬作风上作表率。要持续整治形式主义、官僚主义，大兴调查研究之风，以实干实绩践行初心使命。
同志们，让我们更加紧密地团结在以习近平同志为核心的党中央周围，以更加昂扬的精神状态，为谱写栖梧高质量发展新篇章作出新的更大贡献！
""",
    ),
]

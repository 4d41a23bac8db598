"""holdout34, part C: intranets, Q&A, personal collections, Party-building, hospitals, universities. Invented."""

CASES = [
    dict(slug="oa-tuzai-plant-rules-approval", site="苕原肉联厂OA (invented)", style="企业内网", genre="制度", kind="notice", form="text",
        source="http://oa.tiaoyuan-meat.example.local/doc/view?id=2207", title="定点屠宰车间检疫出证管理规定",
        record_title="【已发布】定点屠宰车间检疫出证管理规定", date="2025-03-03",
        notes="an intranet document view: 流转记录 lines, read count; articles speaking of 打印/扫码 kept in the body; copy-lock notice",
        page="""
!m 苕原肉联厂协同办公平台　›　制度文件
!t 【已发布】定点屠宰车间检疫出证管理规定
!m 拟稿：质检部 罗敏　审核：生产副总 顾强　签发：总经理 曹永
!m 已阅 86 人　未阅 4 人
{BODY}
!m 流转记录：2025-03-01 质检部拟稿 → 2025-03-02 生产部会签 → 2025-03-03 总经理签发
!d 内部资料，严禁截屏、复制外传
""",
        body="""
第一条　为规范生猪屠宰检疫出证工作，保障肉品质量安全，制定本规定。
第二条　官方兽医出具动物检疫证明后，质检员须当场扫码核验证明真伪，并在系统中登记。
第三条　肉品品质检验合格证由质检部统一打印，每批次打印后须由两人核对签字。
第四条　本规定自发布之日起施行。
苕原肉联厂
2025年3月3日
"""),
    dict(slug="oa-jiayou-station-minutes-html", site="荪江石油销售公司内网 (invented)", style="企业内网", genre="会议纪要", kind="minutes", form="html",
        source="http://portal.sjoil.example.local/news/2025/0415/1180.html", title="第二季度加油站安全生产例会纪要",
        record_title=None, date="2025-04-15",
        notes="intranet portal with a left menu and a 'my to-do' box; no record title; minutes with 时间/地点/主持/参会 lines and a task table",
        page="""
<html><head><meta charset="utf-8"><title>内网门户</title></head><body>
<div class="hd">⟦m 荪江石油销售有限公司　综合办公门户⟧ ⟦m 欢迎您，万志华⟧ ⟦a 退出⟧</div>
<div class="menu"><ul><li>⟦l 我的待办(3)⟧</li><li>⟦l 公文管理⟧</li><li>⟦l 通讯录⟧</li></ul></div>
<div class="doc"><h2>{T}</h2><p>⟦m 发布部门：安全数质部　发布日期：2025-04-15　阅读：152⟧</p>
{BODY}
</div><div class="ft">⟦d 本系统仅限公司内部使用，信息不得外传⟧</div></body></html>
""",
        body="""
时间：2025年4月14日下午
地点：公司二楼视频会议室
主持：安全总监　吕健
参会：各片区经理、二十三座加油站站长
会议通报了一季度安全检查情况，部署了二季度重点工作。
序号　工作任务　责任部门　完成时限
1　油罐区防雷检测　工程部　4月30日
2　卸油作业视频监控全覆盖　安全数质部　5月31日
3　员工消防实操培训　各片区　6月15日
"""),
    dict(slug="qa-lanshi-wenwen-answer-sample-request", site="懂行问问 (invented)", style="问答社区", genre="请示", kind="answer", form="text",
        source="https://www.dongxingww.example.com/q/99120345.html", title="关于申请设立野生动物救护站的请示怎么写",
        record_title="关于申请设立野生动物救护站的请示怎么写？求范文，急！", date="2025-05-21",
        notes="a Q&A: the question as title; the answer holds a sample 请示 with ××××年×月×日 placeholders; 回答于 is the page's date; vote bar and 'more answers'",
        page="""
!m 懂行问问 > 公文写作 > 请示
!t 关于申请设立野生动物救护站的请示怎么写？求范文，急！
!m 提问者：匿名用户　　3人关注
!m 最佳答案　　回答者：公文老周　　回答于 2025-05-21
{BODY}
!l 有用(27)　没用(1)　追问
!l 其他2条回答 ＞
!d 以上回答仅代表答主个人观点
""",
        body="""
请示要一文一事，写清理由、事项和请求，结尾用“妥否，请批示”。给你一个参考：
关于申请设立××县野生动物救护站的请示
县人民政府：
近年来，我县救护受伤野生动物数量逐年增加，现有条件难以满足救护需要。为此，拟申请设立县野生动物救护站，核定事业编制三名。
妥否，请批示。
××县林业局
××××年×月×日
"""),
    dict(slug="qa-chuanxing-html-answer-sleep", site="健知问答 (invented)", style="问答社区", genre="答复", kind="answer", form="html",
        source="https://jz-wenda.example.com/question/5501287", title="睡眠医学中心的多导睡眠监测需要提前做哪些准备",
        record_title="睡眠医学中心的多导睡眠监测需要提前做哪些准备？ - 健知问答", date="2025-03-29",
        notes="a health Q&A answered by a sleep-centre doctor: answerer card, 回答于 line (the page's date), numbered list, 'related questions' box, app download banner",
        page="""
<html><head><meta charset="utf-8"><title>睡眠医学中心的多导睡眠监测需要提前做哪些准备？ - 健知问答</title></head><body>
<div class="top">⟦m 健知问答⟧ <a>⟦a 下载健知App，医生免费答⟧</a></div>
<h1>睡眠医学中心的多导睡眠监测需要提前做哪些准备？</h1>
<div class="answer"><div class="who">⟦m 贺明远　主治医师　椿城市第三人民医院睡眠医学中心⟧</div>
<div class="when">⟦m 回答于 2025-03-29　已帮助 1.2万人⟧</div>
{BODY}
<div class="vote">⟦l 赞同 332　反对　收藏⟧</div></div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 打鼾需要做睡眠监测吗？⟧</p></div>
<div class="ft">⟦d 本站内容仅供参考，不能作为诊断及医疗的依据⟧</div></body></html>
""",
        body="""
多导睡眠监测是诊断睡眠呼吸暂停等疾病的重要检查，做之前建议注意以下几点：
1.检查当天不要喝咖啡、浓茶和酒，下午尽量不要午睡。
2.洗净头发和面部，不要使用发胶和化妆品，以免影响电极粘贴。
3.带上睡衣和平时服用的药物，提前半小时到中心报到。
如有其他疑问，可以在预约时咨询中心护士。
"""),
    dict(slug="collection-laocun-village-history-speech", site="苫山村史文存 (invented)", style="个人文集", genre="讲话稿", kind="speech", form="text",
        source="http://wencun.shanshan.example.net/juan2/47.html", title="在苫山村村史馆开馆仪式上的致辞",
        record_title="《苫山文存》卷二·第47篇｜在苫山村村史馆开馆仪式上的致辞", date="2024-10-01",
        notes="a retired teacher's collection: volume/chapter prefix decoration, Chinese-numeral date under the title, prev/next chapter links, a 'written in' line at the end that is no date",
        page="""
!m 苫山文存　|　一位乡村教师的文字
!m 目录 › 卷二 乡土篇
!t 在苫山村村史馆开馆仪式上的致辞
二〇二四年十月一日
{BODY}
!m （整理于灯下，2025年春）
!l ← 上一篇：老井　　下一篇：祠堂记 →
!d 文存所收皆作者旧稿，转载请告知
""",
        body="""
各位乡亲、各位来宾：
今天，苫山村村史馆正式开馆了。这座小小的展馆，收藏了我们村三百多年的记忆。
馆里陈列的老农具、老照片和族谱，大多是乡亲们无偿捐出来的，在此我代表筹建小组表示衷心感谢。
希望孩子们常来看看，记住我们从哪里来，也想想我们要往哪里去。
"""),
    dict(slug="collection-hanghai-captain-html", site="老船长文集 (invented)", style="个人文集", genre="心得体会", kind="insight", form="html",
        source="https://laochuanzhang.example.net/essays/2023/12.html", title="四十年航海生涯的几点体会",
        record_title=None, date=None,
        notes="a retired captain's collection; no record title, no date (a year in the footer and an update stamp are no dates); chapter sidebar",
        page="""
<html><head><meta charset="utf-8"><title>老船长文集 - 第十二篇</title></head><body>
<div class="head">⟦m 老船长文集　海上四十年⟧</div>
<div class="toc">⟦l 目录：第十篇 初上船 · 第十一篇 台风夜 · 第十二篇 体会⟧</div>
<div class="body"><h2>{T}</h2>
{BODY}
</div><p class="upd">⟦m 最后更新：2023-12-30⟧</p>
<div class="foot">⟦d © 2023 老船长文集　文字版权所有⟧</div></body></html>
""",
        body="""
从十八岁第一次登上货轮，到五十八岁退休，我在海上度过了四十个年头。
第一点体会是敬畏大海。再有经验的船长，也不能轻视任何一次天气变化。
第二点体会是团结船员。一条船就是一个家，船长要把每个船员当兄弟。
第三点体会是终身学习。从纸质海图到电子海图，航海技术变化很快，不学习就会落伍。
"""),
    dict(slug="dangjian-mima-lecture-html", site="蒡湖机关党建网 (invented)", style="党建网", genre="讲话稿", kind="speech", form="html",
        source="http://djw.banghu.example.gov.cn/wdk/2025/0701/331.html", title="坚守初心 守好密码安全防线——在局党支部七一党课上的讲稿",
        record_title="【微党课】坚守初心 守好密码安全防线——在局党支部七一党课上的讲稿", date="2025-07-01",
        notes="a Party-building site: decorated 【微党课】 title; speaker and date lines under the title neutral; a 'study points' counter and a share bar",
        page="""
<html><head><meta charset="utf-8"><title>【微党课】坚守初心 守好密码安全防线_蒡湖机关党建网</title></head><body>
<div class="hd">⟦m 蒡湖机关党建网⟧ ⟦l 首页 | 党建动态 | 微党课 | 学习园地⟧</div>
<div class="pos">⟦m 您现在的位置：首页 - 微党课⟧</div>
<h1>⟦t 【微党课】坚守初心 守好密码安全防线——在局党支部七一党课上的讲稿⟧</h1>
<p>县密码管理局党支部书记　章文澜</p>
<p>（2025年7月1日）</p>
{BODY}
<div class="pts">⟦a 阅读满3分钟可获得学习积分1分⟧</div>
<div class="share">⟦l 分享：微信　微博⟧</div>
<div class="ft">⟦m 中共蒡湖县直属机关工作委员会主办⟧</div></body></html>
""",
        body="""
同志们：
今天是党的生日，我以“坚守初心，守好密码安全防线”为题，和大家交流几点体会。
密码工作是党和国家的一项特殊重要工作，我们每一名密码工作者都要把忠诚写在心上。
一要筑牢思想防线，自觉抵制各种诱惑；二要严守工作纪律，做到不该问的不问、不该看的不看；三要提升业务能力，适应商用密码应用推广的新要求。
"""),
    dict(slug="dangjian-kongjing-summary-text-docno", site="莨山县组工网 (invented)", style="党建网", genre="工作总结", kind="summary", form="text",
        source="http://zgw.langshan.example.gov.cn/djgz/2024/1220/88.html", title="莨山县长途客运站党支部2024年党建工作总结",
        record_title="莨山县长途客运站党支部2024年党建工作总结_基层党建_莨山县组工网", date="2024-12-20",
        notes="a document number under the title neutral; site suffix decoration; font row; footer with ICP; 打印 and 关闭",
        page="""
!m 莨山县组工网　党建引领　组织先行
!m 当前位置：首页 > 基层党建
{T}
莨客党〔2024〕9号
!a 字体：【大 中 小】　【打印】　【关闭】
{BODY}
!m 中共莨山县委组织部主办　技术支持：莨山县融媒体中心
!m 湘ICP备12004433号
""",
        body="""
2024年，站党支部坚持以党建引领服务提质，较好完成了各项工作任务。
一是抓学习教育。全年开展集中学习十二次，组织党员到红色教育基地参观学习一次。
二是抓服务窗口。设立党员先锋岗三个，开展春运“暖冬行动”，为老年旅客提供爱心服务五百余人次。
三是抓转型发展。支部牵头开通城乡公交换乘和小件快运业务，全年增收三十二万元。
中共莨山县长途客运站支部委员会
2024年12月20日
"""),
    dict(slug="hospital-mangren-massage-news-html", site="蘋塘市盲人按摩医院 (invented)", style="医院官网", genre="新闻", kind="news", form="html",
        source="https://www.pingtang-massage.example.cn/news/2025/0512/88.html", title="我院开展全国助残日义诊活动",
        record_title="我院开展全国助残日义诊活动-医院新闻-蘋塘市盲人按摩医院", date="2025-05-18",
        notes="hospital site: appointment hotline in the header and footer, accessibility toolbar, the hospital's own 预约电话 kept in the body; 发布时间 line",
        page="""
<html><head><meta charset="utf-8"><title>我院开展全国助残日义诊活动-医院新闻-蘋塘市盲人按摩医院</title></head><body>
<div class="acc">⟦a 无障碍浏览　语音朗读　放大镜　高对比度⟧</div>
<div class="hd">⟦m 蘋塘市盲人按摩医院⟧ ⟦m 24小时服务热线：0771-3309120⟧</div>
<nav>⟦l 医院概况 | 科室导航 | 专家介绍 | 新闻动态 | 就医指南⟧</nav>
<h1>{T}</h1><div class="meta">⟦m 发布时间：2025-05-18　作者：院办　浏览量：487⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：我院举办推拿技能大赛⟧ ⟦l 下一篇：端午节门诊安排⟧</div>
<div class="ft">⟦m 地址：蘋塘市民生路66号⟧ ⟦m 桂ICP备2020011223号⟧</div></body></html>
""",
        body="""
5月18日是第三十五次全国助残日，我院组织十二名盲人医疗按摩师走进城东社区，开展义诊活动。
医师们为社区居民提供颈肩腰腿痛推拿、康复指导等服务，共接待群众二百余人次。
需要推拿康复服务的市民，可拨打我院预约电话0771-3309156预约就诊。
"""),
    dict(slug="hospital-tingli-plan-text-markers", site="橼溪县人民医院 (invented)", style="医院官网", genre="工作方案", kind="plan", form="text",
        source="http://www.yxxrmyy.example.cn/ywgl/2025/0303/412.html", title="橼溪县人民医院新生儿听力筛查工作实施方案",
        record_title="橼溪县人民医院新生儿听力筛查工作实施方案.pdf", date="2025-03-03",
        notes="file-name title; page markers ⧫n⧫ on lines of their own cutting sentences; site hotline footer; decimal headings",
        pages=dict(fmt="⧫{n}⧫", every=120, start=2),
        page="""
!m 橼溪县人民医院　医务管理
!t 橼溪县人民医院新生儿听力筛查工作实施方案.pdf
!a 在线预览　下载附件
{BODY}
!m 急诊电话：0735-120　咨询电话：0735-4410000
""",
        body="""
为早期发现新生儿听力障碍，提高出生人口素质，结合我院实际，制定本方案。
1.筛查对象
1.1本院出生的所有活产新生儿。
1.2外院转入的新生儿重症监护病房患儿。
2.筛查流程
新生儿出生后四十八小时至出院前完成初筛，未通过者于四十二天内进行复筛，复筛仍未通过者转诊至听力中心诊断。
3.职责分工
产科负责告知和初筛，耳鼻喉科负责复筛和转诊，医务科负责质量控制。
橼溪县人民医院
2025年3月3日
"""),
    dict(slug="university-guji-centre-news-html", site="栝原大学图书馆 (invented)", style="高校官网", genre="新闻", kind="news", form="html",
        source="https://lib.guayuan-u.example.edu.cn/info/1012/5530.htm", title="我校古籍保护中心完成第二批馆藏古籍修复",
        record_title="我校古籍保护中心完成第二批馆藏古籍修复", record_date="2025-06-09", date="2025-06-09",
        notes="university library news: quick links sidebar, 'opening hours' box, photo caption between paragraphs, editor line at the end",
        page="""
<html><head><meta charset="utf-8"><title>我校古籍保护中心完成第二批馆藏古籍修复-栝原大学图书馆</title></head><body>
<div class="hd">⟦m 栝原大学图书馆⟧ ⟦l 馆藏检索 | 数据库 | 读者服务⟧</div>
<div class="side"><h4>⟦l 开馆时间⟧</h4><p>⟦m 周一至周日 8:00-22:00⟧</p></div>
<h1>{T}</h1><p>⟦m 来源：古籍部　时间：2025-06-09　点击：318⟧</p>
{BODY}
<p>⟦m （文/古籍部　图/宣传组　编辑/林悦）⟧</p>
<div class="ft">⟦m Copyright © 栝原大学图书馆⟧</div></body></html>
""",
        body="""
近日，我校古籍保护中心完成第二批馆藏古籍修复工作，共修复明清刻本四十二册。
修复人员采用传统手工技艺，对虫蛀、霉变、断线的古籍进行去污、补洞、重新装订。
⟦m 修复人员正在为古籍补洞⟧
下一步，中心将推进馆藏古籍数字化，让更多读者在线阅读珍贵文献。
"""),
    dict(slug="university-jiangxian-notice-text", site="樗川理工学院 (invented)", style="高校官网", genre="通知", kind="notice", form="text",
        source="https://www.ccit.example.edu.cn/xsc/2025/0902/661.html", title="关于做好2025级新生资助工作的通知",
        record_title="关于做好2025级新生资助工作的通知-学生工作处", date="2025-09-02",
        notes="university office page with a menu line and footer; the document's own 联系电话 and e-mail kept; 附件 line; a site search box text",
        page="""
!m 樗川理工学院学生工作处
!m 首页　机构设置　资助工作　心理健康　下载专区
!a 站内搜索：请输入关键词　搜索
!m 发布时间：2025-09-02　来源：资助中心
{BODY}
!l 【相关文章】2024-2025学年国家奖学金评审结果公示
!m Copyright 2025 樗川理工学院学生工作处　地址：樗川市学府路1号
""",
        body="""
各二级学院：
为确保家庭经济困难新生顺利入学，现就2025级新生资助工作通知如下。
一、学校开通“绿色通道”，家庭经济困难新生可先办理入学手续，再申请资助。
二、各学院要在9月20日前完成家庭经济困难学生认定工作。
三、联系电话：0719-8806532，邮箱：zizhu@ccit.example.edu.cn。
附件：家庭经济困难学生认定申请表
学生工作处
2025年9月2日
"""),
]

"""holdout67, part B: rock-climbing gyms, crags and climbing clubs (攀岩). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="dangjian-shiya-speech-climbing-volunteers-html",
        site="笠田县委组织部党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://djw.litian.example.gov.cn/djyw/2025/0701/4410.html",
        title="在石崖村攀岩小镇党员先锋岗授旗仪式上的讲话",
        record_title="在石崖村攀岩小镇党员先锋岗授旗仪式上的讲话_笠田党建",
        date="2025-07-01",
        notes="speech with speaker line (neutral) and Chinese-numeral date under the title; scan-to-read prompt; hot list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在石崖村攀岩小镇党员先锋岗授旗仪式上的讲话_笠田党建</title><script>window.dj=1;</script></head><body>
<div class="banner">⟦m 笠田党建　组工在线⟧</div>
<div class="menu">⟦l 首页　党建要闻　基层动态　党员教育　组工信息⟧</div>
<div class="local">⟦m 当前位置 > 基层动态 > 正文⟧</div>
<h1>{T}</h1>
<p class="sp">石崖镇党委书记　邬建平</p>
<p class="sp">（二〇二五年七月一日）</p>
<div class="txt">
{BODY}
</div>
<div class="qr">⟦a 手机扫一扫，随时随地读党建⟧</div>
<div class="rank"><h4>⟦l 点击排行⟧</h4><ul><li>⟦l 全县“两新”组织党建工作推进会召开⟧</li><li>⟦l 村级后备干部培训班开班⟧</li></ul></div>
<div class="foot">⟦m 中共笠田县委组织部　版权所有　网站标识码1523400019⟧</div>
</body></html>
""",
        body="""
同志们：
石崖村的岩壁，过去是挡路的石头，如今成了远近闻名的攀岩场地。
今天我们在这里为党员先锋岗授旗，就是要让党员站在服务游客、守护岩场的最前面。
先锋岗的党员要带头巡查岩钉和保护点，带头劝导不文明攀爬，带头帮助村民经营民宿。
希望大家把这面旗扛稳扛好，让攀岩小镇真正成为富民小镇。
""",
    ),
    dict(
        slug="hospital-jishui-notice-climbing-injury-clinic",
        site="箕水市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.jsey.example.cn/yyxw/2025/0520/318.html",
        title="关于开设运动损伤（攀岩）专病门诊的公告",
        record_title="关于开设运动损伤（攀岩）专病门诊的公告-箕水市第二人民医院",
        date="2025-05-20",
        notes="own 咨询电话 kept next to the hospital's appointment hotline; 关注 sentence kept; floating consult box",
        page="""
!m 箕水市第二人民医院　三级乙等综合医院
!m 首页 > 医院新闻 > 公告
!t 关于开设运动损伤（攀岩）专病门诊的公告-箕水市第二人民医院
!m 信息来源：门诊部　发布日期：2025-05-20
{BODY}
!w 预约挂号热线：0596-96120（24小时）
!a 在线咨询　|　返回顶部
!m 院址：箕水市滨江路300号
""",
        body="""
近年来，我市攀岩运动爱好者日益增多，手指滑车损伤、肩袖损伤等运动损伤就诊人数明显上升。
为方便患者就医，我院运动医学科自6月1日起开设运动损伤（攀岩）专病门诊。
门诊时间：每周三、周六全天，地点在门诊楼三楼运动医学科。
患者可关注医院服务号，在“预约挂号”栏目选择专病门诊预约。
咨询电话：0596-2235087（运动医学科护士站）
箕水市第二人民医院
2025年5月20日
""",
    ),
    dict(
        slug="university-zhanqiao-climbing-wall-html",
        site="簪城理工学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.zcit.example.edu.cn/info/1022/8891.htm",
        title="我校新建室内攀岩墙正式投入使用",
        record_title="我校新建室内攀岩墙正式投入使用-簪城理工学院新闻网",
        date="2025-10-14",
        notes="university news: 文/图/审核 line, photo caption between paragraphs, previous/next links",
        page="""
<html><head><meta charset="utf-8"><title>我校新建室内攀岩墙正式投入使用-簪城理工学院新闻网</title></head><body>
<div class="head">⟦m 簪城理工学院新闻网⟧ <span>⟦a English | 书记信箱 | 校长信箱⟧</span></div>
<div class="nav">⟦l 学校要闻　院部动态　媒体理工　专题报道⟧</div>
<div class="article">
<h2>{T}</h2>
<div class="info">⟦m 文：体育部 武辰　图：何一帆　审核：吕方　日期：2025-10-14　浏览：1356⟧</div>
{BODY}
</div>
<div class="pn"><p>⟦l 上一条：我校举行2025级新生开学典礼⟧</p><p>⟦l 下一条：校团委召开志愿服务工作会⟧</p></div>
<div class="footer">⟦m 地址：簪城市学院路66号　邮编：352100⟧<br>⟦d Copyright © 簪城理工学院 党委宣传部⟧</div>
</body></html>
""",
        body="""
10月14日，学校体育馆东侧新建的室内攀岩墙正式投入使用。
攀岩墙高十五米、宽十二米，设有速度赛道、难度赛道和抱石区。
⟦m 学生在新落成的攀岩墙上体验攀爬（何一帆 摄）⟧
体育部将开设攀岩选修课，并成立学生攀岩俱乐部。
学生须经安全培训考核合格后，方可凭校园卡预约使用。
""",
    ),
    dict(
        slug="localforum-longyan-crag-cleanup-junk",
        site="箐口论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://bbs.qingkou.example.net/forum.php?mod=viewthread&tid=33018",
        title="关于清理龙岩岩场垃圾的倡议",
        record_title="关于清理龙岩岩场垃圾的倡议 - 箐口户外 - 箐口论坛",
        date="2025-04-06",
        notes="local forum with junk lines and glued junk; post time differs from the initiative's date (document date expected, post date accepted)",
        date_also=["2025-04-07"],
        junk=dict(lines=2, glued=2),
        page="""
!m 箐口论坛 » 箐口户外 » 查看主题
!t 关于清理龙岩岩场垃圾的倡议 - 箐口户外 - 箐口论坛
!m 岩羊老刀　发表于 2025-4-7 20:15　|　查看: 912　|　回复: 27
{BODY}
!l 支持(41)　反对(0)
!l 岩友阿杰：周六我带两个麻袋去
!a 您需要登录后才可以回帖　登录 | 注册
!m Powered by 箐口社区 ©2008-2025
""",
        body="""
各位岩友：
龙岩岩场开放三年来，周末常有上百人前来攀爬，岩壁下的矿泉水瓶、镁粉袋越来越多。
我们倡议：4月12日上午九点在岩场停车场集合，一起清理岩壁下方和步道两侧的垃圾。
以后每次攀爬，请把自己的垃圾带下山，镁粉尽量使用粉袋，不要在岩壁上乱涂标记。
箐口攀岩爱好者群
2025年4月6日
""",
    ),
    dict(
        slug="download-ziyuan-climbing-safety-rules-oldtable",
        site="资源e站下载 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.ziyuane.example.com/soft/doc/21788.html",
        title="攀岩馆安全管理制度",
        record_title="攀岩馆安全管理制度.doc下载",
        date=None,
        notes="old table layout download page: file info table, mirror links, error report; articles speak of 打印/下载/扫码 as content; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>攀岩馆安全管理制度.doc下载_资源e站</title></head><body>
<table width="100%"><tr><td>⟦m 资源e站 - 绿色资料下载基地⟧</td></tr><tr><td>⟦m 当前位置：首页 → 文档资料 → 规章制度⟧</td></tr></table>
<table border="1"><tr><td>⟦m 资料名称：攀岩馆安全管理制度.doc⟧</td></tr><tr><td>⟦m 文件大小：31KB　资料语言：简体中文　更新时间：刚刚⟧</td></tr><tr><td>⟦m 下载次数：377⟧</td></tr></table>
<table><tr><td><b>⟦m 资料简介⟧</b></td></tr><tr><td>
<p>{T}</p>
{BODY}
</td></tr></table>
<table><tr><td>⟦a 下载地址：电信高速下载　联通高速下载　移动下载⟧</td></tr><tr><td>⟦a 如果下载地址失效请点此报错⟧</td></tr></table>
<table><tr><td>⟦d 本站资料均来自网络，仅供学习研究，请下载后24小时内删除。⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　所有攀岩者入馆前须扫码签署安全承诺书，未成年人须由监护人陪同。
第二条　首次入馆者须参加不少于三十分钟的安全讲解，考核合格后方可攀爬。
第三条　顶绳攀爬必须由持证保护员保护，严禁无保护攀爬高墙。
第四条　本馆每日开馆前检查绳索、快挂和岩点，检查记录打印后存档备查。
第五条　会员可在本馆小程序下载电子会员卡，凭卡入场。
""",
    ),
    dict(
        slug="exam-renkao-climbing-coach-recruit",
        site="箕水人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.jsrsks.example.gov.cn/ksgg/2025/0612/77.html",
        title="箕水市体育运动学校2025年公开招聘攀岩教练员公告",
        record_title="【招聘公告】箕水市体育运动学校2025年公开招聘攀岩教练员公告",
        date="2025-06-12",
        notes="own 咨询电话 next to the site's technical line; table of posts; 下载/打印 准考证 sentence kept",
        page="""
!m 箕水人事考试网　公平 公正 公开
!m 首页 >> 考试公告 >> 事业单位招聘
!t 【招聘公告】箕水市体育运动学校2025年公开招聘攀岩教练员公告
!m 时间：2025-06-12　来源：市人社局　阅读：4410
{BODY}
!w 网站技术支持电话：0596-2210999（仅受理网上报名技术问题）
!l 相关公告：市属事业单位招聘体检公告
!m 箕水市人事考试中心　闽ICP备10020035号
""",
        body="""
根据工作需要，箕水市体育运动学校面向社会公开招聘攀岩教练员，现将有关事项公告如下。
岗位　人数　条件
攀岩教练员　2　本科及以上，具有国家二级运动员及以上等级
报名时间为6月20日至6月26日，报名人员请登录本网站报名。
考生须于7月8日起自行下载并打印准考证。
咨询电话：0596-2237716（市体育运动学校人事科）
箕水市人力资源和社会保障局
2025年6月12日
""",
    ),
    dict(
        slug="tender-litian-climbing-holds-bid-html",
        site="笠田县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.litian.example.gov.cn/jyxx/zfcg/zbgg/2025/0825/556.html",
        title="笠田县全民健身中心攀岩设施采购项目中标结果公告",
        record_title="笠田县全民健身中心攀岩设施采购项目中标结果公告",
        date="2025-08-25",
        notes="bid result table; purchaser and agency contacts kept next to the platform's CA hotline",
        page="""
<html><head><meta charset="utf-8"><title>中标结果公告-笠田县公共资源交易网</title></head><body>
<div class="hd">⟦m 笠田县公共资源交易网⟧<span>⟦a 登录 | 注册 | CA办理⟧</span></div>
<div class="nv">⟦l 交易信息　政策法规　办事指南　下载专区⟧</div>
<div class="wz">⟦m 您的位置：交易信息 > 政府采购 > 中标公告⟧</div>
<h2>{T}</h2>
<div class="sj">⟦m 【信息时间：2025-08-25】【我要打印】【关闭】⟧</div>
{BODY}
<div class="tip">⟦w CA证书服务热线：400-882-1190⟧</div>
<div class="ft">⟦m 主办：笠田县公共资源交易中心　技术支持：星链软件⟧</div>
</body></html>
""",
        body="""
一、项目编号：LTCG-2025-0317
二、项目名称：笠田县全民健身中心攀岩设施采购项目
三、中标信息：
供应商名称　中标金额（元）
箕水岩途体育设施有限公司　468000.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式：采购人：笠田县文化体育局　联系人：贾工　电话：0599-7721056
代理机构：笠田正方招标代理有限公司　联系人：柯女士　电话：0599-7738802
""",
    ),
    dict(
        slug="lawfirm-zhengyan-climbing-waiver-case",
        site="正岩律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="article",
        form="text",
        source="http://www.zhengyanlaw.example.com/anli/2025/188.html",
        title="攀岩馆免责声明能否免除经营者责任",
        record_title="案例解读丨攀岩馆免责声明能否免除经营者责任",
        date=None,
        notes="law firm article; not-legal-advice disclaimer; consult prompt; no date",
        page="""
!m 正岩律师事务所 · 专注文体娱乐法律服务
!m 首页 / 律师文章 / 案例解读
!t 案例解读丨攀岩馆免责声明能否免除经营者责任
!m 作者：庞律师　阅读量：980
{BODY}
!d 本文仅为一般性法律知识介绍，不构成对具体案件的法律意见。
!w 免费法律咨询：139 0591 6620（微信同号）
!l 推荐阅读：健身房预付卡退费纠纷怎么处理
""",
        body="""
顾客在攀岩馆摔伤，馆方以入场时签署的免责声明为由拒绝赔偿，这种做法能否得到支持？
根据民法典的规定，造成对方人身损害的免责条款无效。
经营者仍应尽到安全保障义务，如保护员是否持证、设备是否定期检查等。
当然，攀岩者自身违反馆规的，也应承担相应责任。
""",
    ),
    dict(
        slug="community-yunting-climbing-kids-html",
        site="云亭社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yunting-sq.example.cn/sqgg/2025/0715/92.html",
        title="云亭社区暑期少儿攀岩体验活动报名通知",
        record_title=None,
        date="2025-07-15",
        notes="no record title; weather widget; own 联系电话; template blanks kept",
        page="""
<html><head><meta charset="utf-8"><title>云亭社区暑期少儿攀岩体验活动报名通知_云亭社区网</title></head><body>
<div class="top">⟦m 云亭社区网　邻里一家亲⟧ <span>⟦m 今日 多云 26~33℃⟧</span></div>
<div class="nav">⟦l 社区首页　社区公告　办事指南　邻里互助⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布：社区居委会　2025-07-15⟧</div>
{BODY}
<div class="share">⟦l 分享：微信　QQ空间⟧</div>
<div class="foot">⟦m 云亭社区居民委员会　地址：云亭路18号⟧</div>
</body></html>
""",
        body="""
各位居民：
为丰富辖区儿童暑期生活，社区联合箕水岩途攀岩馆开展少儿攀岩体验活动。
活动时间：7月26日上午9:00—11:30；对象：7至12岁儿童，限30人。
报名回执：儿童姓名________　年龄____　监护人电话____________
请于7月22日前将回执交至社区服务站，联系电话：0596-2218605。
""",
    ),
    dict(
        slug="association-panyan-minutes-council",
        site="篱水市登山攀岩协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.lsdspy.example.org/xhdt/2025/0302/45.html",
        title="篱水市登山攀岩协会二届三次理事会会议纪要",
        record_title="【协会动态】篱水市登山攀岩协会二届三次理事会会议纪要",
        date="2025-03-02",
        notes="minutes' lines and vote count kept; member login prompt; association footer",
        page="""
!m 篱水市登山攀岩协会　|　会员登录　|　入会申请
!m 协会动态 > 会议纪要
!t 【协会动态】篱水市登山攀岩协会二届三次理事会会议纪要
!m 发布时间：2025-03-04　编辑：秘书处
{BODY}
!l 上一篇：2025年春季户外安全提示
!m 协会秘书处邮箱：mishuchu@lsdspy.example.org
""",
        date_also=["2025-03-04"],
        body="""
时间：2025年3月2日
地点：协会会议室
主持：会长 路成钢
出席：理事十五人，监事二人
会议审议通过《2025年度岩场线路维护计划》，表决结果：同意15票，反对0票，弃权0票。
会议决定于5月举办全市青少年攀岩公开赛，由竞赛部牵头筹备。
""",
    ),
    dict(
        slug="corp-yantu-news-climbing-gym-html",
        site="岩途体育设施有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yantu-sports.example.com/news/2025/1102.html",
        title="岩途体育通过攀岩设施安全认证复审",
        record_title="岩途体育通过攀岩设施安全认证复审_公司新闻_岩途体育",
        date="2025-11-02",
        record_date="2025-11-02",
        notes="company site: product menu, online quote button, 400 line in footer; own after-sales line kept",
        page="""
<html><head><meta charset="utf-8"><title>岩途体育通过攀岩设施安全认证复审_公司新闻_岩途体育</title></head><body>
<header>⟦m 岩途体育　专业攀岩墙设计与施工⟧ ⟦w 全国服务热线：400-660-3388⟧</header>
<nav>⟦l 首页　关于岩途　产品中心　工程案例　新闻资讯　联系我们⟧</nav>
<div class="crumb">⟦m 首页 > 新闻资讯 > 公司新闻⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 发布日期：2025-11-02　浏览量：213⟧</p>
{BODY}
<div class="float">⟦a 在线报价⟧ ⟦a 返回顶部⟧</div>
<footer>⟦d 版权所有 © 箕水岩途体育设施有限公司⟧ ⟦m 闽ICP备2023004416号⟧</footer>
</body></html>
""",
        body="""
近日，公司顺利通过攀岩设施安全认证复审，认证范围覆盖人工岩壁、岩点和保护系统。
审核组对公司生产车间、检测记录和已建项目进行了抽查，未发现不符合项。
公司将继续严格执行岩点拉力检测制度，每批产品出厂前逐一检测。
已建场馆如需年度检修，请联系售后服务部，电话：0596-2239015。
""",
    ),
    dict(
        slug="training-jianfeng-climbing-course-plan",
        site="尖峰攀岩培训中心 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.jianfeng-climb.example.cn/kecheng/2025/15.html",
        title="青少年攀岩初级班课程安排",
        record_title="青少年攀岩初级班课程安排（周末班）",
        date=None,
        notes="course plan table; trial-class and consult prompts top and bottom and one between paragraphs; no date",
        page="""
!m 尖峰攀岩培训中心　让孩子爱上向上
!a 免费试课，立即预约 >>
{T}
{BODY}
!w 课程顾问：龚老师　微信 jianfeng_climb01
!m 校区地址：篱水市新城大道168号三楼
""",
        title_also=[],
        body="""
本课程面向7至14岁零基础学员，共十二课时，每周六下午上课。
课时　内容
1—3　安全知识、装备穿戴与绳结
4—8　抱石基本动作与脚法
9—12　顶绳攀爬与结业考核
⟦a 报名享早鸟价，名额有限，先到先得⟧
结业考核合格的学员可获得中心颁发的初级攀岩证书。
""",
    ),
]

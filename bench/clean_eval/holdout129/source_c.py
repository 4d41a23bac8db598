"""holdout129, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (two each). Invented text."""

CASES = [
    dict(
        slug="qa-wenjin-incubator-rent-answer",
        site="问津问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenjin.example.com/question/4410287",
        title="入驻创业孵化器满两年后，房租减免还能继续享受吗？",
        record_title="入驻创业孵化器满两年后，房租减免还能继续享受吗？求解答！！",
        date="2025-08-03",
        notes="Q&A: decorated question title; 回答于 as the page date; answerer card; vote bar; a related-question list",
        page="""
!m 问津问答 > 创业 > 政策咨询
{T}
!m 提问者：小蜗牛创业记　　3个回答　　浏览 512
!m 最佳回答　瑆川创业服务中心 政策专员 ✔已认证　回答于 2025-08-03 10:27
{BODY}
!l 赞同 46　　反对 1　　评论 3
!l 其他回答（2）展开
!l 相关问题：孵化器毕业企业还能申请创业补贴吗？
!d 本回答仅供参考，具体以当地正式文件为准。
""",
        body="""
这个问题要看你所在孵化器的运营规定和当地的扶持政策。
以我们这里为例，按照《瑆川市创业孵化基地管理办法》，在孵企业前两年房租全额减免，第三年减半，第四年起按市场价缴纳；孵化期最长不超过三年。
也就是说，满两年后还可以享受一年的减半优惠，但前提是通过孵化器的年度考核，主要看营业收入、吸纳就业和知识产权情况。
建议你带上营业执照和上一年度的财务报表，直接到孵化器运营办公室咨询，也可以登录市人社局网站查询当年的政策细则。
""",
    ),
    dict(
        slug="qa-zhidao-bottle-deposit-html",
        site="知道吧 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://zhidaoba.example.cn/q/88123014.html",
        title="超市回收饮料瓶退押金是怎么回事？",
        record_title=None,
        date=None,
        notes="title missing (the question on the page); no date: answer shows only a relative time (3天前); ads and a login prompt; the answer's own steps list kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>超市回收饮料瓶退押金是怎么回事？_知道吧</title><script src="//static.zhidaoba.example.cn/ad.js"></script></head><body>
<header>⟦m 知道吧 — 有问题，就知道⟧ <a>⟦a 登录⟧</a> <a>⟦a 我要提问⟧</a></header>
<div class="q"><h1>{T}</h1><p>⟦m 浏览 2901 次　|　来自 生活 分类⟧</p></div>
<div class="best"><div class="who">⟦m 热心网友 绿手指 · 3天前⟧</div>
{BODY}
<div class="act">⟦l 有用 133　|　没用 4　|　举报⟧</div></div>
<div class="ad">⟦a 广告 · 上门回收旧家电，价格透明，一键预约⟧</div>
<div class="more"><h3>⟦l 为您推荐：⟧</h3><ul><li>⟦l 快递纸箱可以卖钱吗？⟧</li><li>⟦l 废旧电池应该扔哪个垃圾桶？⟧</li></ul></div>
<footer>⟦d ©2025 知道吧　使用前必读⟧</footer>
</body></html>
""",
        body="""
这是我们市今年在部分超市试点的饮料瓶押金制度。
简单说，就是买瓶装饮料时每个瓶子多付两毛钱押金，喝完把空瓶投进超市门口的回收机，押金就退回来。
具体步骤：
1．把瓶子倒空，瓶身不要压扁，条形码要完整；
2．在回收机屏幕上输入手机号或者扫描会员码；
3．逐个投入瓶子，机器识别后会显示退还金额；
4．押金退到会员账户，下次购物时可以直接抵扣。
注意只有贴了试点标识的瓶子才退押金，其他瓶子机器也收，但不退钱。
""",
    ),
    dict(
        slug="collection-qiaowen-bridge-keeper-speech",
        site="桥文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://qiaowenji.example.net/juan3/52.html",
        title="在吊桥养护站成立四十周年座谈会上的发言",
        record_title="《桥文集》卷三·第52篇｜在吊桥养护站成立四十周年座谈会上的发言",
        date="2024-10-26",
        notes="personal collection: 卷/篇 decorated title; date under the speech title; speaker line neutral; prev/next chapter links",
        page="""
!m 桥文集 · 一个老养护工的文字
!m 卷三　岁月篇
{T}
（2024年10月26日）
原吊桥养护站站长　葛长庚
{BODY}
!l ← 上一篇：那一年的洪水　｜　下一篇：给徒弟的信 →
!m 本集收文一百零八篇，由作者家属整理
!d 本文集文字版权归作者所有，未经许可请勿转载。
""",
        body="""
各位领导、各位老同事：
四十年前的今天，我们七个人扛着铺盖卷来到澜渡吊桥，成立了养护站。那时候桥面是木板，一下雨就打滑，每天早晚各巡一遍，一块板一块板地敲。
这四十年，我们换过三次主缆，铺过五次桥面，经历过两次大洪水，吊桥一直没断过行人。
我最想说的是，养护工作没有捷径，就是勤看、勤听、勤记。钢缆有没有断丝，锚碇有没有位移，都得靠一双眼睛、一本日志。
现在站里有了监测仪器，年轻人也有文化，我很放心。希望大家守好这座桥，让两岸乡亲走得安心。
谢谢大家！
""",
    ),
    dict(
        slug="collection-gongqiao-stone-arch-html",
        site="拱桥闲话 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="html",
        source="https://gongqiao.example.me/essays/2025/stone-arch-repair.html",
        title="修一座石拱桥要多久",
        record_title="修一座石拱桥要多久 — 拱桥闲话",
        date="2025-04-30",
        notes="collection page with chapter nav and a reader's-count box; the byline 写于 date as page date; a note about printing maps as content kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>修一座石拱桥要多久 — 拱桥闲话</title></head><body>
<nav class="book">⟦m 拱桥闲话⟧ ⟦l 目录⟧ ⟦l 第二辑·古桥手记⟧</nav>
<article><h1>{T}</h1><p class="by">⟦m 文／桥痴老陆　写于 2025-04-30⟧</p>
{BODY}
</article>
<div class="chap">⟦l 上一章：桥名里的故事⟧ ⟦l 下一章：拱券是怎么砌的⟧</div>
<div class="count">⟦m 本文已被阅读 1,204 次⟧ ⟦a 加入书架⟧ ⟦a 调整字号⟧</div>
<footer>⟦d 文字与图片均为作者原创，转载请先联系。⟧</footer>
</body></html>
""",
        body="""
老家村口那座单孔石拱桥，据说是清道光年间修的，去年夏天被洪水冲塌了半边拱券。
很多人问我：修一座石拱桥要多久？我跟着修桥的师傅们看了整整八个月，才算明白。
头两个月是测绘和找石头。师傅们把塌下来的每块拱石编号，能用的尽量用，缺的要到四十里外的老石场去采同样的青石。
接下来是搭拱架。木拱架是整个工程的关键，弧度差一点，拱石就合不上。
最后三个月才是砌拱和铺桥面。合龙那天，村里放了鞭炮，老人们说，这桥又能走一百年。
我把测绘图打印出来贴在书房墙上，每次看到，都会想起那些在河滩上敲石头的日子。
""",
    ),
    dict(
        slug="dangjian-zhengshou-report-html",
        site="瑜城党建网 (invented)",
        style="党建网",
        genre="工作报告",
        kind="report",
        form="html",
        source="https://dj.yucheng.example.gov.cn/zbfc/2025/0620/9917.html",
        title="房屋征收服务中心党支部“征收一线党旗红”工作情况报告",
        record_title="【支部风采】房屋征收服务中心党支部“征收一线党旗红”工作情况报告",
        date="2025-06-20",
        notes="Party-building portal: 【】 column title; share bar; study-points box between paragraphs; a 学习强国-like download prompt after",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【支部风采】房屋征收服务中心党支部“征收一线党旗红”工作情况报告 - 瑜城党建网</title><script src="/js/djw.js"></script></head><body>
<div class="banner">⟦m 瑜城党建网 · 不忘初心 牢记使命⟧</div>
<nav>⟦m 首页 | 党建要闻 | 支部风采 | 党员教育 | 廉政建设⟧</nav>
<div class="loc">⟦m 首页 &gt; 支部风采⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 来源：瑜城区房屋征收服务中心　发布日期：2025-06-20　浏览量：388⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fx">⟦l 分享到：⟧ ⟦l 微信　QQ　微博⟧</div>
<div class="rel">⟦l 【相关阅读】城市更新中的“红色物业”实践⟧</div>
<footer>⟦m 中共瑜城区委组织部主办⟧ ⟦m 地址：瑜城区解放路1号⟧</footer>
</body></html>
""",
        body="""
今年以来，房屋征收服务中心党支部围绕城西片区征收项目，开展“征收一线党旗红”活动，推动项目提速、群众满意。
一、支部建在项目上。在城西片区设立临时党小组，8名党员全部下沉一线，每人包联30户被征收户。
二、政策讲在前头上。组织“政策夜谈”22场，把补偿标准、安置方式逐户讲清楚，做到公开、公平、公正。
⟦a 【学习要点】点击收藏本文，积累学习积分⟧
三、难题解在家门口。对困难家庭开通绿色通道，协调提前安置房源41套。
截至5月底，城西片区签约率达到97.3%，未发生一起信访事件。下一步，支部将继续发挥战斗堡垒作用，确保8月底前完成全部签约。
""",
    ),
    dict(
        slug="dangjian-yazhu-speech-diecast-text",
        site="琮溪两新党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://lxdj.congxi.example.cn/show/7731.html",
        title="在压铸行业党建联盟成立大会上的讲话",
        record_title="在压铸行业党建联盟成立大会上的讲话",
        date="2025-07-01",
        notes="speech; date under the title; speaker line neutral; an 党员学习 button glued after a sentence; list box after",
        page="""
!m 琮溪两新党建 > 书记讲党课
{T}
（2025年7月1日）
县委两新工委书记　甘守正
{BODY}
!l 【专题】两新组织党建工作
!l 上一篇：物流园区党员服务站揭牌
!m 中共琮溪县委两新组织工作委员会　主办
""",
        body="""
同志们：
在建党104周年之际，我们在这里召开压铸行业党建联盟成立大会，很有意义。
我县压铸企业有62家，从业人员一万二千多人，党员却只有310名，党组织覆盖面不宽、作用发挥不够，是我们必须正视的问题。
成立党建联盟，就是要把分散的党员组织起来，把企业的需求汇集起来。联盟要在三个方面下功夫：一是联合开展安全生产培训，二是共建技能人才实训基地，三是帮助企业解决用工、融资等难题。⟦a 点击进入党员学习专区⟧
希望各成员企业把联盟当作自己的事来办，共同推动行业高质量发展。
""",
    ),
    dict(
        slug="hospital-ruier-rickets-clinic-html",
        site="瑞儿妇幼保健院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ruierfy.example.com/news/notice/2025/1103.html",
        title="关于开设儿童佝偻病及维生素D缺乏专病门诊的公告",
        record_title="关于开设儿童佝偻病及维生素D缺乏专病门诊的公告_瑞儿妇幼保健院",
        date="2025-11-03",
        notes="hospital site: floating consult box; the clinic's 咨询电话 beside the hospital's 预约挂号 and 24小时急诊; a clinic-hours table; a sentence about 关注 the service account kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开设儿童佝偻病及维生素D缺乏专病门诊的公告_瑞儿妇幼保健院</title><script src="/js/kf.js"></script></head><body>
<div class="head">⟦m 瑞儿妇幼保健院　二级甲等妇幼保健机构⟧ <span>⟦m 预约挂号：0734-8311120　24小时急诊：0734-8311199⟧</span></div>
<nav>⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 新闻公告⟧</nav>
<div class="crumbs">⟦m 首页 &gt; 新闻公告 &gt; 医院公告⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 发布时间：2025-11-03　浏览：774⟧</p>
<div class="con">
{BODY}
</div>
<div class="prevnext">⟦l 上一条：冬季儿童呼吸道疾病就诊提示⟧ ⟦l 下一条：孕妇学校11月课程表⟧</div>
<div class="kefu" style="position:fixed;right:10px;bottom:80px">⟦w 在线咨询　医生在线，点击提问⟧</div>
<footer>⟦m 地址：珩山市健康路66号⟧ ⟦m 湘ICP备17002231号⟧ ⟦d 本站健康内容仅供参考，不能代替医生面诊。⟧</footer>
</body></html>
""",
        body="""
为规范儿童佝偻病及维生素D缺乏的诊治，我院儿童保健科自2025年11月10日起开设专病门诊。现将有关事项公告如下：
一、就诊对象：0至6岁出现多汗、夜惊、枕秃、出牙延迟、方颅等症状的儿童，以及早产儿、低出生体重儿。
二、门诊时间：
星期　时间　地点
周二　上午8:00—12:00　门诊三楼儿保二诊室
周五　下午14:30—17:30　门诊三楼儿保二诊室
三、就诊须知：请携带儿童保健手册及既往检查结果，需抽血检测的请空腹就诊。
专病门诊咨询电话：0734-8311263（工作日）。您也可以关注医院服务号，在“预约挂号”栏目选择“佝偻病专病门诊”。
瑞儿妇幼保健院
2025年11月3日
""",
    ),
    dict(
        slug="hospital-qinghe-folic-acid-text",
        site="璋原县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zhangyuanrmyy.example.cn/html/yygg/2025/0305/521.html",
        title="关于免费发放增补叶酸预防神经管缺陷药品的通知",
        record_title="关于免费发放增补叶酸预防神经管缺陷药品的通知 - 璋原县人民医院",
        date="2025-03-05",
        notes="hospital text page; decorated title; the document's 联系电话 kept beside the site's 预约 line; numbered list; a duplicated title line",
        page="""
!m 璋原县人民医院 ｜ 院务公开
!m 预约电话 0816-4822120　　微信预约：关注“璋原县人民医院”
{T}
!m 作者：妇产科　时间：2025-03-05　来源：本站
{BODY}
!l ◎ 相关公告：孕产妇免费产前筛查项目说明
!l ◎ 上一篇：门诊楼改造期间就诊指引
!d 版权所有 © 璋原县人民医院　未经授权禁止复制或建立镜像
""",
        body="""
根据国家基本公共卫生服务项目安排，我院继续为本县农村户籍及城镇低收入家庭的计划怀孕妇女免费发放叶酸。现将有关事项通知如下：
1．发放对象：计划怀孕及怀孕三个月内的妇女。
2．服用方法：每日一片，每片0.4毫克，从孕前三个月开始服用，至孕后三个月止。
3．领取方式：持身份证到门诊二楼妇产科孕前保健门诊登记领取，每次领取一个月用量。
4．注意事项：叶酸片应放在阴凉干燥处保存，服药期间如有不适请及时就诊。
联系电话：0816-4822361（妇产科孕前保健门诊）。
璋原县人民医院
2025年3月5日
""",
    ),
    dict(
        slug="university-jinghu-makerspace-news-html",
        site="璟湖职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jhvtc.example.edu.cn/xwzx/xyxw/2025/1018/c1022a44871/page.htm",
        title="我院众创空间获评省级优秀众创空间",
        record_title="我院众创空间获评省级优秀众创空间-璟湖职业技术学院",
        date="2025-10-18",
        notes="university news: 作者/摄影/审核 line; photo caption inside the body; footer with address and 邮编",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院众创空间获评省级优秀众创空间-璟湖职业技术学院</title><script src="/_js/jquery.js"></script></head><body>
<div class="hd">⟦m 璟湖职业技术学院⟧ <a>⟦m English⟧</a> <a>⟦m 信息门户⟧</a></div>
<div class="nav">⟦m 学院概况　院系设置　招生就业　科学研究　校园文化⟧</div>
<div class="path">⟦m 当前位置： 首页 &gt;&gt; 新闻中心 &gt;&gt; 学院新闻⟧</div>
<h1>{T}</h1>
<div class="arti_metas">⟦m 发布时间：2025-10-18　作者：创新创业学院　摄影：邹宁　审核：鲁晓冬　浏览次数：1533⟧</div>
<div class="wp_articlecontent">
{BODY}
</div>
<div class="fy">⟦l 上一篇：我院学子在全国职业院校技能大赛中获佳绩⟧</div>
<footer>⟦m 地址：璟湖市大学城文汇路8号　邮编：441300⟧ ⟦m 版权所有：璟湖职业技术学院⟧</footer>
</body></html>
""",
        body="""
近日，省科技厅公布2025年度省级众创空间考核评价结果，我院“璟创工场”众创空间被评为优秀等级。
“璟创工场”于2021年建成，面积2600平方米，设有智能制造、电子商务、文创设计三个功能区，目前入驻学生创业团队34个。
⟦m 图为学生创业团队在“璟创工场”调试产品。⟧
三年来，众创空间累计孵化企业19家，带动就业300余人，学生团队获得省级以上创新创业竞赛奖项27项。
学院将以此为契机，进一步完善导师帮扶、场地支持和资金扶持体系，推动更多创新成果落地转化。
""",
    ),
    dict(
        slug="university-shanyuan-jobfair-plan-text",
        site="瑄山学院就业信息网 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jy.xuanshan.example.edu.cn/news/view?id=6620",
        title="瑄山学院2026届毕业生秋季大型双选会工作方案",
        record_title="瑄山学院2026届毕业生秋季大型双选会工作方案（附展位安排）",
        date="2025-09-12",
        notes="decorated title with a 附 note; sentences about 扫码 and 下载打印 the 签到表 kept; 附件 line; employer hotline beside the office's line",
        page="""
!m 瑄山学院就业信息网　｜　学生就业指导中心
!m 用人单位招聘热线：0553-5617000　　学生咨询QQ群：58821930
!m 首页 ＞ 通知公告 ＞ 正文
{T}
!m 发布者：就业中心　发布日期：2025-09-15　阅读：2104
{BODY}
!a 【打印】【收藏】【关闭】
!l 热门招聘：瑄山市城投集团2026届校园招聘公告
!m 版权所有：瑄山学院学生就业指导中心
""",
        body="""
为搭建毕业生与用人单位之间的供需平台，学校定于2025年10月25日举办2026届毕业生秋季大型双选会，特制定本方案。
一、时间地点：10月25日8:30—15:00，学校体育馆及东区广场。
二、规模：计划邀请用人单位300家，提供岗位6000个以上。
三、工作分工：
1．就业中心负责单位邀请、审核和展位安排；
2．各二级学院负责组织毕业生参会，学生须扫码签到；
3．后勤保障处负责场地布置、供电和饮水；
4．保卫处负责安全保卫和车辆引导。
四、有关要求：各学院辅导员须提前下载打印签到表，会后统计参会人数和意向签约人数。
附件：展位安排表
就业中心联系电话：0553-5617123。
瑄山学院学生就业指导中心
2025年9月12日
""",
    ),
]

"""holdout61, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text."""

CASES = [
    dict(
        slug="qa-wenfeng-bee-sting-answer",
        site="问蜂问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://ask.wenfeng.cn/q/882013.html",
        title="被蜜蜂蛰了应该怎么处理？",
        record_title="被蜜蜂蛰了应该怎么处理？急急急",
        date=None,
        page="""
!m 问蜂问答 - 有问题，就问蜂
!t 被蜜蜂蛰了应该怎么处理？急急急
!m 提问者：匿名用户　｜　3小时前　｜　浏览 912
!l 我来回答　　邀请回答　　关注问题
!m 最佳答案　答主：蜂场老周（认证养蜂技术员）
{BODY}
!m 回答于 昨天 16:20
!l 有用(48)　没用(2)　评论(5)
!l 其他回答（3）　｜　相关问题：蜂蜜能治咳嗽吗？
!d 以上回答仅供参考，如症状严重请及时就医。
""",
        body="""
养了二十年蜂，被蛰是家常便饭，说说我的做法：
1.先用指甲或卡片顺着皮肤把蜂刺刮出来，不要用手捏，捏会把毒囊里的毒液挤进去。
2.用肥皂水冲洗伤口，再冷敷十几分钟。
3.如果出现嘴唇肿、呼吸困难、头晕，马上打120，这是过敏反应，耽误不得。
平时进蜂场记得穿好防护服，别喷香水。
""",
    ),
    dict(
        slug="qa-html-zhidao-lantern-permit",
        site="百知问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.baizhi.wang/question/30125.html",
        title="村里办灯会需要向哪些部门报备？",
        record_title=None,
        date="2025-01-12",
        page="""
<html><head><title>村里办灯会需要向哪些部门报备？_百知问答</title></head><body>
<div class="hd">⟦m 百知问答　生活｜法律｜政务⟧ ⟦a 登录｜注册⟧</div>
<div class="q"><h1>{T}</h1><p class="qd">⟦m 匿名网友 提问于 2025-01-10 · 12个回答 · 3409人看过⟧</p></div>
<div class="best"><span>⟦m 采纳的回答⟧</span><p class="who">⟦m 榧溪律师 陆衡 · 执业律师⟧</p>
{BODY}
<p class="when">⟦m 回答于 2025-01-12 10:41⟧</p>
<div class="vote">⟦l 赞同 215　反对 3　分享　举报⟧</div></div>
<div class="more">⟦l 查看全部12个回答⟧</div>
<div class="ft">⟦m ©2025 百知问答　违法和不良信息举报：400-600-7311⟧</div></body></html>
""",
        body="""
根据《大型群众性活动安全管理条例》，预计参加人数在1000人以上的灯会属于大型群众性活动，应当向县级公安机关申请安全许可。
另外还要注意三点：
一是灯组搭建涉及用电的，应请供电部门检查线路；
二是燃放烟花的，须另行办理燃放许可；
三是活动场地应有消防通道，建议提前请消防救援站现场指导。
人数较少的村级小灯会，一般向乡镇政府和派出所报备即可。
""",
    ),
    dict(
        slug="anthology-yuhu-retired-doctor-spa",
        site="渔湖文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="http://www.yuhuwenji.com/juan2/047.html",
        title="汤泉坪旧事",
        record_title="《渔湖文集》卷二·第47篇｜汤泉坪旧事",
        date=None,
        page="""
!m 渔湖文集 · 一位乡村医生的笔记
!l 目录　｜　上一篇：赤脚医生那些年　｜　下一篇：为蜂农看病
!t 《渔湖文集》卷二·第47篇｜汤泉坪旧事
!m 字数：约500　整理：孙女 若溪　录入于 2019 年
{BODY}
!l 返回卷二目录
!m 本文集由家人整理，仅供亲友阅读留念。
""",
        indent="\u3000\u3000",
        body="""
一九七五年我到汤泉坪公社卫生院时，那口温泉还只是田埂边一个冒热气的水坑。
村里人冬天在坑边洗衣服，也有人来泡脚治冻疮。我给他们讲，水太烫不能久泡，老人家心脏不好更要当心。
后来公社砌了两个池子，分男女，一毛钱泡一次。我在池边贴了一张“泡汤须知”，是我用毛笔写的。
如今这里成了度假区，我再去时，门票已经一百多元了。
""",
    ),
    dict(
        slug="anthology-html-shiwen-rubbing-memoir",
        site="石闻阁文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://shiwenge.org/wencun/speech/12",
        title="在县博物馆碑刻拓片捐赠仪式上的致辞",
        record_title="石闻阁文存·致辞卷：在县博物馆碑刻拓片捐赠仪式上的致辞",
        date="2023-05-18",
        page="""
<html><head><title>石闻阁文存·致辞卷：在县博物馆碑刻拓片捐赠仪式上的致辞</title></head><body>
<div class="banner">⟦m 石闻阁文存　——　一位老文物人的笔墨⟧</div>
<div class="toc">⟦l 卷一 考释　卷二 随笔　卷三 致辞　卷四 书信⟧</div>
<div class="chapter"><h2>{T}</h2>
<p class="sub">周鸿年</p><p class="sub">二〇二三年五月十八日</p>
{BODY}
</div>
<div class="pager">⟦l ← 前一篇　　后一篇 →⟧</div>
<div class="foot">⟦m 文存由周氏后人维护　联系：shiwenge@mail.cn⟧</div></body></html>
""",
        body="""
各位领导、各位朋友：
今天，我把收藏了四十年的一百二十六张碑刻拓片捐给县博物馆，心里既不舍，又踏实。
这些拓片里，有三通原碑已经不在了，拓片成了唯一的记录。放在我家里，只是我一个人的念想；放进博物馆，就是全县人的记忆。
希望年轻的同志们把它们整理好、研究好。
谢谢大家。
""",
    ),
    dict(
        slug="dangjian-shulin-apiary-branch",
        site="楸原党建网 (invented)",
        style="党建网",
        genre="经验材料",
        kind="report",
        form="text",
        source="http://dj.qiuyuan.gov.cn/jcdj/2025/0610/1189.html",
        title="“支部+蜂农”让甜蜜产业富起来",
        record_title="【支部风采】“支部+蜂农”让甜蜜产业富起来",
        date="2025-06-10",
        page="""
!m 楸原党建网　｜　楸原县委组织部主办
!m 首页 ＞ 基层党建 ＞ 支部风采
!t 【支部风采】“支部+蜂农”让甜蜜产业富起来
!m 稿源：楸原县委组织部　发布：2025-06-10　字号：大 中 小
{BODY}
!l 【关闭窗口】　【返回顶部】
!m 楸原党建网　地址：楸原县人民路1号　电话：0570-6610001
""",
        indent="\u3000\u3000",
        body="""
近年来，楸原县白岩村党支部探索“支部+合作社+蜂农”模式，带动62户群众发展中蜂养殖。
支部牵头成立养蜂合作社，统一蜂种、统一技术、统一品牌、统一销售。党员带头认领蜂箱，结对帮带困难户。
去年，合作社销售蜂蜜14吨，户均增收8600元。
下一步，支部将建设蜂蜜加工车间，延长产业链条。
""",
    ),
    dict(
        slug="dangjian-html-huaiyuan-lantern-lecture",
        site="槐原先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.huaiyuanxf.cn/dkt/2025/02/0218_3301.html",
        title="守住年味里的文化根脉——在非遗灯彩传承人座谈会上的讲话",
        record_title="守住年味里的文化根脉——在非遗灯彩传承人座谈会上的讲话_槐原先锋网",
        date="2025-02-18",
        page="""
<html><head><title>守住年味里的文化根脉——在非遗灯彩传承人座谈会上的讲话_槐原先锋网</title></head><body>
<div class="top">⟦m 槐原先锋网　中共槐原县委组织部⟧</div>
<div class="nav">⟦m 首页 | 党建要闻 | 党课讲堂 | 先锋风采 | 学习园地⟧</div>
<div class="pos">⟦m 位置：首页 - 党课讲堂⟧</div>
<h1>{T}</h1>
<div class="zh">⟦m 日期：2025-02-18　来源：县委宣传部　点击：412⟧ ⟦a 【字号：加大 默认 减小】⟧</div>
<p>县委常委、宣传部部长　沈青</p>
{BODY}
<div class="print">⟦a 【打印文章】【关闭】⟧</div>
<div class="foot">⟦m 版权所有：中共槐原县委组织部⟧ ⟦m 备案号：浙ICP备11020077号-3⟧</div></body></html>
""",
        body="""
各位传承人、同志们：
灯彩是我县最有代表性的民间手艺。今天请大家来，就是想听听心里话，一起想办法把这门手艺传下去。
一要把人留住。县里将对带徒满三年的传承人给予补助。
二要把作品用起来。元宵灯会、乡村旅游都要给灯彩留位置。
三要把故事讲好。宣传部门要多拍、多写、多分享传承人的故事。
""",
    ),
    dict(
        slug="hospital-jinghu-bee-allergy-notice",
        site="椴川县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.dcxrmyy.com/yygg/2025/0701.html",
        title="关于开设蜂毒过敏专病门诊的公告",
        date="2025-07-01",
        page="""
!m 椴川县人民医院　二级甲等综合医院
!m 网站首页 / 医院公告
{T}
!m 时间：2025-07-01　访问量：1550
!w 预约挂号请拨打：0577-5599120（7×24小时）
{BODY}
!l 上一条：暑期门诊时间调整　下一条：无偿献血倡议
!m 医院地址：椴川县城东路18号　急救电话：120
""",
        body="""
为方便蜂农和户外工作者就诊，经医院研究，决定自2025年7月7日起在皮肤科开设蜂毒过敏专病门诊。
门诊时间：每周一、周四上午8:00—11:30。
就诊地点：门诊楼三楼皮肤科5号诊室。
专病门诊咨询电话：0577-5599236
特此公告。
椴川县人民医院
2025年7月1日
""",
    ),
    dict(
        slug="hospital-html-tangquan-rehab-spa",
        site="汤泉坪疗养院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tqpliaoyang.com/news/842.html",
        title="疗养院温泉康复项目通过省级评审",
        date="2024-09-26",
        page="""
<html><head><title>疗养院温泉康复项目通过省级评审 - 汤泉坪疗养院</title></head><body>
<div class="logo">⟦m 汤泉坪疗养院　温泉康复　健康管理⟧</div>
<div class="menu">⟦m 首页　科室导航　专家团队　健康体检　新闻中心⟧</div>
<div class="tit"><h2>{T}</h2><span>⟦m 2024-09-26　院办⟧</span></div>
<div class="con">
{BODY}
</div>
<div class="float">⟦w 在线咨询　体检预约热线 400-120-3663⟧</div>
<div class="foot">⟦d 本站信息仅供参考，不能作为诊断及医疗的依据。⟧</div></body></html>
""",
        body="""
9月24日，省卫生健康委专家组对我院温泉康复项目进行现场评审，该项目顺利通过省级特色专科评审。
专家组查看了温泉理疗室、水疗康复池，抽查了病历，认为项目在骨关节术后康复方面特色明显。
院长汪明表示，将以此为契机，继续加强康复医师队伍建设。
""",
    ),
    dict(
        slug="university-nongke-bee-lab-news",
        site="枳湖农林学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zhnlxy.edu.cn/info/1021/6637.htm",
        title="我院蜜蜂研究团队新品种通过审定",
        record_title="我院蜜蜂研究团队新品种通过审定-枳湖农林学院新闻网",
        date="2025-04-22",
        record_date="2025-04-22",
        page="""
!m 枳湖农林学院新闻网
!m 首页 >> 科研动态 >> 正文
{T}
!m 作者：动科学院　摄影：贾舟　来源：科技处　审核：任宏　发布日期：2025年04月22日　点击数：
{BODY}
!m 【供稿：动物科技学院】
!m Copyright © 枳湖农林学院党委宣传部
""",
        body="""
近日，由我院蜜蜂研究团队培育的“枳湖黄蜂一号”意蜂新品种通过国家畜禽遗传资源委员会审定。
该品种经过12年选育，具有产蜜量高、抗螨性强、性情温顺等特点，平均单群年产蜜量比对照品种提高18%。
团队负责人杨柯教授说，下一步将在周边县市建立推广示范蜂场。
""",
    ),
    dict(
        slug="university-html-shifan-stele-lecture",
        site="栎阳师范大学历史学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://history.lysd.edu.cn/tzgg/2024/1016/c3321.html",
        title="关于举办“金石学与碑刻文献”系列讲座的通知",
        date="2024-10-16",
        page="""
<html><head><title>关于举办“金石学与碑刻文献”系列讲座的通知-栎阳师范大学历史学院</title></head><body>
<div class="header">⟦m 栎阳师范大学历史学院　School of History⟧</div>
<div class="nav">⟦m 学院首页　学院概况　师资队伍　人才培养　科学研究　党团工作⟧</div>
<div class="path">⟦m 您的位置：首页 &gt;&gt; 通知公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布者：教务办　发布时间：2024-10-16　浏览次数：256⟧</div>
<div class="article">
{BODY}
</div>
<div class="footer">⟦m 地址：栎阳市学府路100号　邮编：710900　历史学院办公室⟧</div></body></html>
""",
        body="""
各位师生：
为加强碑刻文献教学，学院将于10月下旬举办“金石学与碑刻文献”系列讲座，安排如下：
场次　时间　主讲人
第一讲　10月22日14:30　许昌平教授
第二讲　10月25日14:30　罗萍副教授
第三讲　10月29日14:30　文保中心 陈石
地点：文科楼305报告厅。欢迎扫码报名，名额有限。
历史学院
2024年10月16日
""",
    ),
]

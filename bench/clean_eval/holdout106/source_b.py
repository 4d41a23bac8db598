"""holdout106, part B: a grottoes institute's Party branch, a hospital's mushroom-poisoning notice, a
university bell-tower restoration, a county forum's rabies-vaccine post, a brick-kiln closure plan on a
download site, a CDC influenza-sentinel recruitment, a fresco-restoration tender, a law firm on dog
bites, a residents' carbon-monoxide notice, a penjing association, a bell foundry and a soapstone
carving school. Everything invented."""

CASES = [
    dict(
        slug="dangjian-shiku-speech-html-role-title",
        site="椤岭石窟研究院党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.luoling-shiku.example.org.cn/djdt/2025/0701/612.html",
        title="院党委书记李慕青在庆祝建党104周年暨“七一”表彰大会上的讲话",
        record_title="院党委书记李慕青在庆祝建党104周年暨“七一”表彰大会上的讲话-椤岭石窟研究院党建网",
        date="2025-06-30",
        notes="Party-building site; decorated title with -site; the speech title keeps the speaker's role; date under the title; a 学习强国-like share bar; 打印本页",
        page="""
<html><head><meta charset="utf-8"><title>院党委书记李慕青在庆祝建党104周年暨“七一”表彰大会上的讲话-椤岭石窟研究院党建网</title></head><body>
<div class="banner">⟦m 椤岭石窟研究院党建网⟧<span>⟦m 守护千年石窟　践行初心使命⟧</span></div>
<ul class="nav"><li>⟦m 党建动态⟧</li><li>⟦m 理论学习⟧</li><li>⟦m 支部风采⟧</li><li>⟦m 廉政建设⟧</li></ul>
<div class="pos">⟦m 位置：党建网首页 / 党建动态⟧</div>
<div class="art"><h2>{T}</h2>
<p class="date">（2025年6月30日）</p>
{BODY}
</div>
<div class="tools">⟦a 【打印本页】【关闭】⟧</div>
<div class="sharebar">⟦l 转发到：朋友圈　工作群　微博⟧</div>
<div class="foot">⟦m 中共椤岭石窟研究院委员会　主办⟧　⟦m 地址：椤岭县石窟路1号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在这里隆重集会，庆祝中国共产党成立104周年，表彰一年来涌现出的先进基层党组织、优秀共产党员和优秀党务工作者。
一年来，院党委坚持把党建工作与石窟保护研究深度融合，第三窟岩体加固、壁画数字化采集等重点工程按期推进，党员突击队在汛期排险中冲在一线。
受表彰的同志中，有坚守洞窟监测岗位二十年的老党员，也有扎根修复室的年轻技术骨干，他们是全院学习的榜样。
新的征程上，全院党员要始终牢记“保护第一”的要求，把文物安全放在首位，以更加扎实的作风完成好各项任务。
""",
    ),
    dict(
        slug="hospital-rongkou-mushroom-notice-html",
        site="榕口县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.rkxrmyy.example.com/news/jkkp/2025-07-03/318.html",
        title="关于预防野生菌中毒的健康提示",
        record_title="关于预防野生菌中毒的健康提示",
        date="2025-07-03",
        notes="hospital site; the document's 急诊电话 beside the site's 预约挂号 line; a numbered list; floating consult box; font-size row",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于预防野生菌中毒的健康提示_健康科普_榕口县人民医院</title></head><body>
<div class="hd">⟦m 榕口县人民医院　二级甲等综合医院⟧<span>⟦m 预约挂号：0771-3385 1200（8:00-17:30）⟧</span></div>
<div class="nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 健康科普⟧</div>
<div class="here">⟦m 首页 ＞ 健康科普⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 发布日期：2025-07-03　来源：急诊科　阅读量：1,046⟧</div>
<div class="size">⟦a 【字体：大 中 小】⟧</div>
{BODY}
<div class="float">⟦w 在线咨询　医生在线为您解答⟧</div>
<div class="links">⟦l 推荐阅读：夏季如何预防中暑｜溺水急救的正确做法⟧</div>
<div class="ft">⟦d 本站健康科普内容仅供参考，不能替代医生面诊。⟧<br>⟦m 桂ICP备16002210号⟧</div>
</body></html>
""",
        body="""
每年6月至9月是野生菌生长的旺季，也是误食野生菌中毒的高发期。近期，我院急诊科已接诊多名食用野生菌后出现呕吐、腹泻、幻觉的患者。
为保障群众身体健康，提醒大家注意以下几点：
1. 不采摘、不购买、不食用不认识的野生菌，民间流传的“颜色鲜艳的有毒”“与大蒜同煮变黑有毒”等说法都不可靠。
2. 食用熟悉的野生菌也要烧熟煮透，不与酒同食。
3. 一旦出现恶心、呕吐、腹痛、头晕等症状，应立即催吐并尽快就医，同时保留剩余菌样。
⟦a 觉得有用？转给家人看看⟧
我院急诊科24小时接诊，急诊电话：0771-3385 1120。
榕口县人民医院急诊科
2025年7月3日
""",
    ),
    dict(
        slug="university-zhonglou-news-html-dash-site",
        site="梣原理工学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.cyit.example.edu.cn/info/1042/20931.htm",
        title="百年钟楼修缮完工 重新对师生开放",
        record_title="百年钟楼修缮完工 重新对师生开放-梣原理工学院新闻网",
        date="2025-09-02",
        notes="university news; photo caption and 摄影/审核 lines between and after paragraphs; byline date",
        page="""
<html><head><meta charset="utf-8"><title>百年钟楼修缮完工 重新对师生开放-梣原理工学院新闻网</title></head><body>
<div id="top">⟦m 梣原理工学院新闻网⟧　⟦m 学校主页　English⟧</div>
<div id="nav">⟦m 首页　综合新闻　校园动态　媒体理工　专题⟧</div>
<div id="lm">⟦m 综合新闻⟧</div>
<div id="title">{T}</div>
<div id="by">⟦m 时间：2025-09-02　作者：宣传部 史晓枫　浏览次数：2189⟧</div>
{BODY}
<div id="pn">⟦l 上一条：我校新增两个省级一流本科专业⟧<br>⟦l 下一条：2025级新生报到工作平稳有序⟧</div>
<div id="ft">⟦m 版权所有：梣原理工学院党委宣传部　地址：梣原市学府路88号⟧</div>
</body></html>
""",
        body="""
9月1日，经过十个月的修缮，学校标志性建筑百年钟楼正式重新对师生开放。
钟楼建于1925年，砖木结构，是省级文物保护单位。此次修缮坚持“最小干预”原则，更换了朽坏的木构件，加固了塔身，修复了老式机械钟的走时系统。
⟦m 图为修缮后的钟楼。（摄影：校园记者团 罗盼）⟧
修缮期间，建筑学院师生全程参与测绘记录，形成了十二万字的修缮档案。
钟楼一层将辟为校史陈列室，师生可通过学校服务号预约参观。
⟦m （审核：宣传部 钟和）⟧
""",
    ),
    dict(
        slug="localforum-luanwan-rabies-clinic-post",
        site="栾湾生活圈 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.luanwanq.example.com/forum.php?mod=viewthread&tid=88213",
        title="栾湾县狂犬病暴露预防处置门诊调整接种时间的通知",
        record_title="[转帖]栾湾县狂犬病暴露预防处置门诊调整接种时间的通知",
        date="2025-08-15",
        notes="local forum repost; decorated [转帖] title; document date differs from post time (also accepted); reply floors and 楼主 meta",
        date_also=["2025-08-16"],
        page="""
!m 栾湾生活圈 » 民生资讯 » 帖子详情
{T}
!m 楼主：湾里人阿成　　发表于 2025-8-16 09:12　　只看该作者
!m 来源：县疾控中心
{BODY}
!l 回复 #2　栀子花开　　谢谢分享，正好要去打第二针
!l 回复 #3　老街坊　　周日也开就方便多了
!l 快速回复　　请文明发言，理性讨论
!m 栾湾生活圈　客服电话：0739-6601 8866
""",
        body="""
各位市民：
为方便群众就近及时接种，自2025年8月18日起，县狂犬病暴露预防处置门诊接种时间调整为每天8:00—20:00，节假日不休息。
被犬、猫等动物咬伤、抓伤后，请立即用肥皂水和流动清水交替冲洗伤口至少15分钟，再到门诊进行伤口处置和疫苗接种。
门诊地址：县疾控中心一楼东侧。
咨询电话：0739-6601 2120
栾湾县疾病预防控制中心
2025年8月15日
""",
    ),
    dict(
        slug="download-zhuanhu-plan-brick-kiln",
        site="砖户资料站 (invented)",
        style="资料下载站",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://www.zhuanhu-zl.example.net/soft/24516.html",
        title="椤岭县粘土砖瓦窑关停整治工作方案",
        record_title="椤岭县粘土砖瓦窑关停整治工作方案.doc下载",
        title_in="decorated",
        date="2025-03-20",
        notes="download station; file-info lines and mirror links; title repeated; page markers ‹n› on lines of their own",
        page="""
!m 砖户资料站 — 公文资料免费下
!m 资料大小：38.5 KB　资料类型：Word文档　更新时间：2025-04-02　授权：免费
!m 运行环境：WPS / Office
{T}
!a 【高速下载一】　【电信下载】　【联通下载】
!a 链接失效请点此报错
{BODY}
!d 本站资料均来自互联网收集，仅供学习研究，下载后请于24小时内删除。
!l 相关资料：小散乱污企业整治方案｜矿山生态修复方案
""",
        pages=dict(fmt="‹{n}›", every=160, start=2, glue=False),
        body="""
为推进大气污染防治和耕地保护，加快淘汰落后产能，结合我县实际，制定本方案。
一、工作目标
2025年底前，全县二十三座粘土砖瓦窑全部关停，窑体和烟囱全部拆除，取土坑完成复垦或生态修复。
二、工作步骤
（一）摸底登记阶段（3月底前）。各乡镇对辖区内砖瓦窑逐一登记，建立台账。
（二）关停拆除阶段（4月至9月）。对已停产的窑厂限期拆除，对仍在生产的窑厂下达停产通知。
（三）复垦验收阶段（10月至12月）。由自然资源部门牵头组织验收。
三、保障措施
对按期关停拆除的窑厂，按窑门数量给予一次性奖补，所需资金由县财政统筹安排。
椤岭县人民政府办公室
2025年3月20日
""",
    ),
    dict(
        slug="exam-luanwan-cdc-influenza-recruit",
        site="栾湾县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.luanwan.example.gov.cn/ggl/202502/t20250210_2291.html",
        title="栾湾县疾病预防控制中心2025年公开招聘流感监测哨点工作人员公告",
        record_title="栾湾县疾病预防控制中心2025年公开招聘流感监测哨点工作人员公告",
        record_date="2025-02-10",
        date="2025-02-10",
        notes="exam site; record date; a post table; the document's 咨询电话 beside the site's technical line; sentence about 打印准考证 kept",
        page="""
!m 栾湾县人事考试网
!m 网站首页 > 招聘公告 > 事业单位招聘
{T}
!m 发布：县人社局考试中心　　2025-02-10　　【字号 大 中 小】
{BODY}
!m 报名系统技术支持：0739-6600 9901（工作日）
!l 上一篇：县农业农村局所属事业单位招聘公告
!l 下一篇：2024年度乡镇机关遴选拟选调人员公示
!m 版权所有 栾湾县人力资源和社会保障局　技术支持：湾讯网络
""",
        body="""
根据工作需要，经县人社局同意，县疾病预防控制中心面向社会公开招聘流感监测哨点工作人员，现将有关事项公告如下。
一、招聘岗位
岗位　　人数　　学历要求　　专业要求
哨点检测员　　2　　大专及以上　　医学检验技术
数据录入员　　1　　大专及以上　　公共卫生管理
二、报名时间和方式
2025年2月12日至2月18日，报名者登录县人事考试网报名系统填报信息。
三、考试
笔试时间另行通知，考生须于考前三天登录报名系统打印准考证。
咨询电话：0739-6601 3305
栾湾县疾病预防控制中心
2025年2月10日
""",
    ),
    dict(
        slug="tender-tanyu-fresco-repair-html",
        site="檀峪市公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.tanyu.example.gov.cn/jyxx/002001/20250605/4f1e9a.html",
        title="檀峪市清凉寺大殿壁画保护修复工程招标公告",
        record_title=None,
        date="2025-06-05",
        notes="tender platform; no record title; buyer and agency contacts kept beside the platform's hotline; lot table; 获取招标文件 via 下载 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>檀峪市公共资源交易平台</title></head><body>
<div class="logo">⟦m 檀峪市公共资源交易平台⟧</div>
<div class="nav">⟦m 首页　交易信息　政策法规　服务指南　信用信息⟧</div>
<div class="path">⟦m 交易信息 → 工程建设 → 招标公告⟧</div>
<div class="ttl">{T}</div>
<div class="meta">⟦m 【信息时间：2025-06-05】　【阅读次数：97】⟧</div>
<div class="ops">⟦a 【我要打印】【关闭窗口】⟧</div>
{BODY}
<div class="ft">⟦m 平台服务热线：400-0476-188⟧<br>⟦m 主办单位：檀峪市公共资源交易中心⟧</div>
</body></html>
""",
        body="""
1. 招标条件
本招标项目檀峪市清凉寺大殿壁画保护修复工程已由市文物局批准建设，招标人为檀峪市文物保护中心，资金来自中央文物保护专项资金，现对该项目进行公开招标。
2. 项目概况
标段　　内容　　最高限价（万元）
一标段　　东壁、北壁壁画修复　　186.0
二标段　　西壁壁画修复及环境监测　　142.5
3. 投标人资格要求
投标人须具有文物保护工程施工资质，拟派项目负责人须具有壁画修复项目负责人资格。
4. 招标文件的获取
请于2025年6月6日至6月12日在本平台下载电子招标文件。
5. 联系方式
招标人：檀峪市文物保护中心　联系人：甘立　电话：0476-8120 3312
代理机构：檀峪中正项目管理有限公司　联系人：苏眉　电话：0476-8130 5520
""",
    ),
    dict(
        slug="lawfirm-zhengyi-dog-bite-lecture",
        site="榧田正弈律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="https://www.zhengyilaw.example.com/article/2025/0412.html",
        title="被狗咬伤后，谁来赔？——饲养动物损害责任的几个问题",
        record_title="律师说法丨被狗咬伤后，谁来赔？——饲养动物损害责任的几个问题",
        date="2025-04-12",
        notes="law-firm site; decorated 律师说法丨 title; author card; not-legal-advice notice; consult prompt with the firm's phone",
        page="""
!m 正弈律师事务所　ZHENGYI LAW FIRM
!m 首页　律所简介　专业领域　律师团队　律师说法　联系我们
{T}
!m 作者：韩知白律师　|　2025-04-12　|　律师说法
{BODY}
!d 本文仅为普法交流，不构成对具体案件的法律意见。
!w 如需专业法律帮助，欢迎致电 0737-2281 6600 预约面谈
!l 延伸阅读：《宠物店寄养期间宠物死亡如何维权》
""",
        indent="　　",
        body="""
近来，犬只伤人的事件屡见报端。被狗咬伤后，医疗费、误工费找谁要？我们结合民法典的规定，谈谈几个常见问题。
一、饲养人或者管理人承担责任
饲养的动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任；但是，能够证明损害是因被侵权人故意或者重大过失造成的，可以不承担或者减轻责任。
二、未拴绳、禁养犬伤人的责任更重
违反管理规定，未对动物采取安全措施造成他人损害的，饲养人应当承担侵权责任；禁止饲养的烈性犬等危险动物造成他人损害的，饲养人不能以对方有过错为由减责。
三、流浪犬伤人怎么办
遗弃、逃逸的动物在此期间造成损害的，由原饲养人承担责任。找不到原饲养人的，可以了解当地是否有相关救助或保险渠道。
被咬伤后，请先及时处置伤口、接种疫苗，同时保留就诊票据和现场视频，以便日后主张权利。
""",
    ),
    dict(
        slug="community-shuiyue-co-warning-glued",
        site="水月社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.shuiyuesq.example.cn/gonggao/1120.html",
        title="关于冬季预防一氧化碳中毒的温馨提示",
        record_title="关于冬季预防一氧化碳中毒的温馨提示",
        date="2024-11-20",
        notes="residents' site; chrome glued before and after 。 inside body lines; the grid's own contact line; 扫码进群 sentence kept",
        page="""
!m 水月社区服务网 · 邻里一家亲
!m 首页 / 社区公告
{T}
!m 发布人：社区网格站　2024年11月20日　围观 317
{BODY}
!l 点赞　·　评论　·　转给邻居
!m 服务时间：周一至周日 8:30—18:00　服务电话：0731-8455 0909
""",
        body="""
各位居民朋友：
天气转冷，不少家庭开始使用煤炉、燃气热水器取暖洗浴。⟦a 一键转发提醒家人⟧为防止一氧化碳中毒，请大家注意以下事项。
一、使用煤炉取暖的房间要保持通风，睡前熄灭炉火，不在密闭房间内烧炭。
二、燃气热水器不得安装在浴室内，烟道要伸出室外。⟦m 社区网格站原创⟧
三、发现有人头痛、头晕、恶心、四肢无力，要立即开窗通风，将其移至空气流通处，并拨打120。
独居老人家中如需上门检查燃气设施，可联系本网格网格员：周霞，电话 138 0731 6626。
各楼栋居民可扫描楼道公告栏上的二维码加入楼栋群，及时接收安全提示。
水月社区居委会
2024年11月20日
""",
    ),
    dict(
        slug="association-penjing-html-exhibit-notice",
        site="柘湖市盆景艺术协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zhpenjing.example.org/news/?id=215",
        title="关于举办第九届柘湖盆景赏石展览的通知",
        record_title="【协会通知】关于举办第九届柘湖盆景赏石展览的通知",
        date="2025-08-28",
        notes="association site; decorated 【协会通知】 title; 附件 list; document's 联系人/邮箱 beside the association's phone in the footer; member login box",
        page="""
<html><head><meta charset="utf-8"><title>柘湖市盆景艺术协会</title></head><body>
<div class="top">⟦m 柘湖市盆景艺术协会⟧　⟦a 会员登录⟧　⟦a 入会申请⟧</div>
<div class="nav">⟦m 协会简介 | 协会动态 | 作品欣赏 | 会员风采 | 联系我们⟧</div>
<div class="main">
<h2>{T}</h2>
<div class="info">⟦m 发表：秘书处　时间：2025/8/28　人气：140⟧</div>
{BODY}
</div>
<div class="side">⟦l 热门作品：《听涛》真柏　《云岫》英石⟧</div>
<div class="foot">⟦m 协会地址：柘湖市花木城管理中心三楼　电话：0731-5866 7070⟧<br>⟦d ©2014-2025 柘湖市盆景艺术协会 版权所有⟧</div>
</body></html>
""",
        body="""
各会员单位、会员：
为展示我市盆景艺术创作成果，经协会常务理事会研究，定于2025年10月1日至10月7日在柘湖花木城举办第九届柘湖盆景赏石展览。
一、展品类别：树木盆景、山水盆景、微型组合盆景、观赏石。
二、报名要求：每位会员限报两件作品，请于9月15日前提交作品照片和报名表。
三、布展时间：9月28日至30日，参展作品须由作者自行运送。
联系人：华松年　邮箱：zhpj_xh@example.org
附件：1. 参展报名表
2. 展位分布示意图
柘湖市盆景艺术协会
2025年8月28日
""",
    ),
    dict(
        slug="company-hongzhong-bell-foundry-news",
        site="樨口宏钟铸造有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.hongzhong-zz.example.com/news/company/119.html",
        title="我公司为古城鼓楼铸造的仿古铜钟顺利出炉",
        record_title="我公司为古城鼓楼铸造的仿古铜钟顺利出炉 - 新闻中心 - 宏钟铸造",
        date="2025-05-26",
        notes="enterprise site; decorated title (- column - site); product-ad line between paragraphs; enterprise contact footer with a WeChat id",
        page="""
!m 宏钟铸造　HONGZHONG FOUNDRY
!m 网站首页 | 关于宏钟 | 产品中心 | 工程案例 | 新闻中心 | 在线留言
!m 新闻中心 > 公司新闻
{T}
!m 发布日期：2025-05-26　点击数：602
{BODY}
!l 上一条：宏钟铸造通过质量管理体系复审
!l 下一条：铜钟的日常保养小常识
!w 订制铜钟、铜鼎、铜雕　咨询热线 400-018-6655　微信 hongzhong_zz
!m 樨口宏钟铸造有限公司　地址：樨口县工业园铸造路6号
""",
        body="""
5月25日，我公司为栎城古城鼓楼复建工程铸造的仿古铜钟顺利出炉，钟高2.3米，重约3.6吨。
这口铜钟采用传统泥范铸造工艺，从制模、制范到浇铸历时五个月，钟身铸有铭文四百余字。
⟦w 需要订制寺院铜钟、景区铜钟，欢迎来电洽谈⟧
浇铸当天，公司二十多名工匠连续作业八个小时，将一千二百多度的铜水一次注满钟范。
下一步，铜钟将进行打磨、调音和做旧处理，预计7月运抵古城安装。
""",
    ),
    dict(
        slug="training-shidiao-soapstone-class-wrapped",
        site="栝源匠心石雕培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="text",
        source="http://www.jiangxin-shidiao.example.com/zhaosheng/2025.html",
        title="栝源匠心石雕培训学校2025年秋季寿山石雕刻研修班招生简章",
        record_title="2025秋季寿山石雕刻研修班招生简章（名额有限）",
        title_in="decorated",
        date="2025-07-30",
        notes="training school; hard-wrapped at 62 columns; a course table; enrolment hotline of the school kept; giveaway prompt and hotline of the site as chrome",
        page="""
!m 匠心石雕培训 — 手艺人的学堂
!m 首页 > 招生信息
{T}
!m 发布：招生办　2025-07-30
{BODY}
!a 立即报名，前20名赠送刻刀一套！
!w 报名咨询请加招生老师微信：jx-shidiao01
!d 本站课程信息以学校最终公布为准。
""",
        wrap=62,
        body="""
寿山石雕是国家级非物质文化遗产。为传承这一传统技艺，本校开设2025年秋季寿山石雕刻研修班，面向社会招收学员。
一、课程安排
课程　　课时　　内容
基础班　　60　　工具使用、石性认识、简单圆雕
提高班　　90　　薄意、浮雕、人物开相
二、招生对象
年满十八周岁、身体健康、热爱石雕艺术者均可报名，提高班学员须有一年以上雕刻经验。
三、报名方式
即日起至9月10日，携身份证到学校教务处报名，报名电话：0597-6310 2288。
栝源匠心石雕培训学校
2025年7月30日
""",
    ),
]

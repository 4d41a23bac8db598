"""holdout92, part B: silkie (乌鸡) farms, co-ops and their neighbours in invented 乌岭, 羽坪 and 鸡鸣塬.
Written by hand, case by case. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="dangjian-wuling-silkie-partyday-html",
        site="乌岭先锋网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.wulingxf.example.gov.cn/zbfc/2025/0628/2291.html",
        title="乌岭镇乌鸡产业党支部开展“红色养殖课堂”主题党日活动",
        record_title="【支部动态】乌岭镇乌鸡产业党支部开展“红色养殖课堂”主题党日活动",
        date="2025-06-27",
        notes="Party-building page with a study-points float and a scan-to-phone line; 日期 byline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>乌岭镇乌鸡产业党支部开展“红色养殖课堂”主题党日活动-乌岭先锋网</title>
<style>.float{position:fixed;right:0}</style></head><body>
<div class="banner">⟦m 乌岭先锋网　组织工作门户⟧</div>
<div class="menu">⟦m 网站首页 | 党建要闻 | 支部风采 | 党员教育 | 组工信息⟧</div>
<div class="here">⟦m 位置：首页 - 支部风采⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 日期：2025-06-27　来源：乌岭镇党委　作者：吴可⟧</div>
{BODY}
<div class="float">⟦a 学习打卡领积分 &gt;&gt;⟧</div>
<div class="qr">⟦a 扫一扫，在手机上阅读本文⟧</div>
<div class="more"><b>⟦l 更多支部动态⟧</b><ul><li>⟦l 羽坪村党支部召开组织生活会⟧</li><li>⟦l 党员志愿者助力夏收夏种⟧</li></ul></div>
<div class="copy">⟦m 中共乌岭县委组织部主办　备案号：赣ICP备2025018号⟧</div>
</body></html>
""",
        body="""
6月27日，乌岭镇乌鸡产业党支部在羽坪村养殖基地开展“红色养殖课堂”主题党日活动，二十三名党员参加。
活动中，党员们重温入党誓词，集体学习了乡村振兴有关政策。
县畜牧技术推广站的党员技术员现场讲解乌鸡夏季防暑和疫病防控要点，并为六户困难养殖户送去降温设备。
支部书记表示，下一步将继续推行“党员带户”模式，每名党员结对帮带两户养殖户。
""",
    ),
    dict(
        slug="hospital-yuping-silkie-allergy-tip-html",
        site="羽坪县人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="article",
        form="html",
        source="https://www.ypxrmyy.example.cn/jkkp/2025/0114/612.html",
        title="冬季吃乌鸡进补，这几类人要当心",
        record_title="冬季吃乌鸡进补，这几类人要当心 - 健康科普 - 羽坪县人民医院",
        date="2025-01-14",
        notes="hospital page with booking row and emergency line; the clinic's own 咨询电话 kept beside the hospital's 预约 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>冬季吃乌鸡进补，这几类人要当心 - 健康科普 - 羽坪县人民医院</title></head><body>
<div class="top">⟦m 羽坪县人民医院　二级甲等综合医院⟧　⟦m 急诊24小时：0797-6612120⟧</div>
<div class="navi">⟦m 医院概况 ｜ 科室导航 ｜ 专家介绍 ｜ 就医指南 ｜ 健康科普⟧</div>
<div class="yy">⟦a 在线预约挂号　｜　报告查询　｜　费用清单⟧</div>
<div class="dq">⟦m 当前位置：首页 ＞ 健康科普⟧</div>
<h2>{T}</h2>
<div class="attr">⟦m 发布日期：2025-01-14　供稿：营养科　浏览次数：903⟧</div>
{BODY}
<div class="prev">⟦l 上一条：孩子发烧，什么时候必须去医院？⟧</div>
<div class="next">⟦l 下一条：老年人冬季防跌倒小贴士⟧</div>
<div class="ft">⟦m 地址：羽坪县健康大道66号　预约电话：0797-6610000⟧<br>⟦d 本站科普内容仅供参考，不能代替医生面诊。⟧</div>
</body></html>
""",
        body="""
乌鸡肉质细嫩、蛋白质含量高，是很多家庭冬季进补的首选，但并非人人适合。
一是痛风和高尿酸患者，浓乌鸡汤嘌呤含量较高，应少喝汤。
二是感冒发热期间的患者，不宜大量进食滋补炖品。
三是肾功能不全的患者，要在医生指导下控制蛋白质摄入。
如有疑问，可拨打营养科咨询电话0797-6613318，或在工作日上午到营养门诊就诊。
""",
    ),
    dict(
        slug="university-jiming-silkie-practicum-text",
        site="鸡鸣塬农业职业学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jmyzy.example.edu.cn/dwxy/tzgg/2025/0303/1980.htm",
        title="动物科学学院关于2022级学生赴乌鸡养殖基地跟岗实习的通知",
        date="2025-03-03",
        notes="college department page; 发布者/点击 line; schedule table kept; a sentence about 打印 kept",
        page="""
!m 鸡鸣塬农业职业学院 · 动物科学学院
!m 学院首页 | 学院概况 | 教学管理 | 学生工作 | 通知公告
!m 通知公告
{T}
!m 作者：教学办　发布时间：2025-03-03　点击数：[ 612 ]
{BODY}
!a 【打印本页】【关闭窗口】
!m Copyright © 鸡鸣塬农业职业学院动物科学学院　地址：鸡鸣塬县职教园区
""",
        body="""
各班级：
根据教学计划，2022级畜牧兽医专业学生将于3月17日起赴乌岭、羽坪两地乌鸡养殖基地跟岗实习。
班级　实习基地　带队教师
畜牧2201　乌岭镇羽坪乌鸡合作社　邵明
畜牧2202　乌岭乌鸡种苗场　芦晴
学生须打印实习安全承诺书，签字后于3月12日前交辅导员。
动物科学学院
2025年3月3日
""",
    ),
    dict(
        slug="localforum-yuping-silkie-lost-chickens-html",
        site="羽坪论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="html",
        source="http://bbs.yuping.example.cn/forum.php?mod=viewthread&tid=88102",
        title="求助：昨晚村口鸡舍丢了三十只乌鸡，有看到的吗",
        record_title="[求助] 求助：昨晚村口鸡舍丢了三十只乌鸡，有看到的吗 - 羽坪论坛",
        date=None,
        notes="Discuz-like county forum with jammer fonts; 发表于 昨天 is no date; the poster's phone in the text kept",
        junk=dict(lines=1, glued=2),
        p_html="{}<br />",
        page="""
<html><head><meta charset="gbk"><title>[求助] 求助：昨晚村口鸡舍丢了三十只乌鸡，有看到的吗 - 羽坪论坛</title></head><body>
<div id="hd">⟦m 羽坪论坛 - 羽坪人自己的网上家园⟧</div>
<div id="pt">⟦m 羽坪论坛 » 社会民生 » 寻人寻物⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 山坳老梁　UID 30218　积分 420⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 昨天 22:47 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 回复　引用　举报　点评⟧</div>
</td></tr></table>
<div id="f_pst">⟦l 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　羽坪论坛版权所有⟧</div>
</body></html>
""",
        body="""
昨晚十点多我去鸡舍看还好好的，今早六点一开门，少了整整三十只乌鸡，都是快出栏的母鸡。
鸡舍在羽坪村口老供销社后面，门锁被撬了，地上有摩托车轮印。
已经报了警，派出所的同志上午来看过了。
哪位乡亲看到有人拉乌鸡去镇上卖，麻烦联系我，电话13907976612，必有重谢。
""",
    ),
    dict(
        slug="download-wuling-silkie-rules-html-mirrors",
        site="绿野资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.lvye-down.example.com/soft/20250219/12077.html",
        title="乌鸡养殖场防疫管理制度",
        record_title="乌鸡养殖场防疫管理制度（word版）免费下载",
        date=None,
        notes="old table layout of a download station: file info, mirror links, unzip password, dead-link report; no date (updated stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>乌鸡养殖场防疫管理制度（word版）免费下载 - 绿野资料站</title></head>
<body><table width="960" align="center"><tr><td>⟦m 绿野资料站 —— 农业资料免费分享⟧</td></tr>
<tr><td>⟦m 首页 | 种植技术 | 养殖技术 | 农机资料 | 表格模板⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700">
<div class="pos">⟦m 当前位置：绿野资料站 → 养殖技术 → 家禽⟧</div>
<h3>{T}</h3>
<table class="info"><tr><td>⟦m 资料大小：24 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-19⟧</td><td>⟦m 下载次数：338⟧</td></tr></table>
<div class="intro">
{BODY}
</div>
<div class="dl">⟦a 下载地址一：电信下载⟧　⟦a 下载地址二：联通下载⟧　⟦a 下载地址三：备用镜像⟧</div>
<div class="pwd">⟦a 解压密码：www.lvye-down.example.com⟧</div>
<div class="bad">⟦a 链接失效？点此报告死链⟧</div>
</td><td width="260">⟦l 本类下载排行：1.蛋鸡养殖记录表 2.鸭舍消毒制度 3.牛场防疫档案⟧</td></tr></table>
<div align="center">⟦d 本站资料均收集于互联网，如有侵权请来信告知，我们将及时删除。⟧</div>
</body></html>
""",
        body="""
第一条　为做好乌鸡养殖场动物防疫工作，保障养殖安全，制定本制度。
第二条　场区实行封闭管理，外来人员和车辆未经消毒不得进入生产区。
第三条　鸡舍每周带鸡消毒两次，空舍期全面清洗消毒并空置十四天以上。
第四条　按免疫程序做好新城疫、禽流感等疫苗接种，如实填写并打印免疫记录，存档备查。
第五条　发现鸡只异常死亡，饲养员应立即报告场长，场长两小时内报告当地畜牧兽医站。
""",
    ),
    dict(
        slug="exam-jiming-silkie-vet-interview-text",
        site="鸡鸣塬人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.jiming.example.gov.cn/ksxx/202505/t20250512_7710.html",
        title="鸡鸣塬县2025年公开招聘乡镇畜牧兽医站工作人员面试公告",
        date="2025-05-12",
        notes="exam site with a technical-support line; the exam office's 咨询电话 and 监督电话 kept; interview table; 下载打印 sentence kept",
        page="""
!m 鸡鸣塬人事考试网
!m 首页 ＞ 考试信息 ＞ 事业单位
!t 【面试公告】鸡鸣塬县2025年公开招聘乡镇畜牧兽医站工作人员面试公告
!m 时间：2025-05-12 17:05:33　　来源：县人社局
!a 字号 [ 大 中 小 ]　　打印
{BODY}
!m 网站技术支持电话：0797-6699001（工作日9:00-17:00）
!m 鸡鸣塬县人力资源和社会保障局主办
""",
        body="""
根据招聘工作安排，现将面试有关事项公告如下：
一、面试时间：2025年5月24日上午8:00开始。
二、面试地点：鸡鸣塬县职业中专实训楼。
三、面试人员名单
岗位　姓名　准考证号
畜牧兽医A　罗晓岚　250101023
畜牧兽医B　乔宏　250101107
请考生于5月20日后登录本网站下载并打印面试通知书。
咨询电话：0797-6612208　监督电话：0797-6612215
鸡鸣塬县人力资源和社会保障局
2025年5月12日
""",
    ),
    dict(
        slug="tender-wuling-silkie-vaccine-html",
        site="乌岭县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.wuling.example.gov.cn/jyxx/zfcg/20250408/3321.html",
        title="乌岭县2025年家禽疫苗采购项目竞争性磋商公告",
        date="2025-04-08",
        notes="tender platform with CA helpdesk; purchaser and agency contacts kept; lots table; 下载磋商文件 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>乌岭县2025年家禽疫苗采购项目竞争性磋商公告</title></head><body>
<div class="head">⟦m 乌岭县公共资源交易网⟧　⟦a 投标人登录　｜　CA证书办理⟧</div>
<div class="nav">⟦m 首页　交易信息　政策法规　办事指南　诚信体系⟧</div>
<div class="wz">⟦m 当前位置：交易信息 / 政府采购 / 采购公告⟧</div>
<h3 class="bt">{T}</h3>
<div class="sj">⟦m 【信息时间：2025-04-08】　【阅读次数：277】⟧</div>
<div class="nr">
{BODY}
</div>
<div class="fj">⟦l 附件下载：磋商文件.zip（请使用CA锁登录后下载）⟧</div>
<div class="bottom">⟦m CA锁办理及技术咨询：400-017-6612⟧<br>⟦m 乌岭县公共资源交易中心　版权所有⟧</div>
<script>initPage();</script>
</body></html>
""",
        body="""
项目编号：WLCG-2025-031
采购人：乌岭县农业农村局
一、采购内容
包号　品目　预算（万元）
1　乌鸡新城疫疫苗　36
2　禽流感二价灭活疫苗　52
二、获取磋商文件：2025年4月9日至4月15日，供应商登录交易平台免费下载。
三、联系方式
采购人联系人：钟平　电话：0797-6621730
代理机构：乌岭正诚项目管理有限公司　联系人：包婷　电话：0797-6628019
""",
    ),
    dict(
        slug="lawfirm-yuping-silkie-contract-dispute-text",
        site="羽坪明衡律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="text",
        source="http://www.mingheng-law.example.cn/case/2025/0305.html",
        title="乌鸡订单合同约定“保底收购”，公司能否单方压价？",
        record_title="律师说案丨乌鸡订单合同约定“保底收购”，公司能否单方压价？",
        date="2025-03-05",
        notes="law firm article: consult float, lawyer card, disclaimer; no genre suffix",
        page="""
!m 明衡律师事务所 | 专注农村经济纠纷
!w 免费咨询热线 400-618-2025 ▸ 点击在线咨询律师
!m 首页 > 律师说案 > 合同纠纷
!t 律师说案丨乌鸡订单合同约定“保底收购”，公司能否单方压价？
!m 发布日期：2025-03-05　撰稿：林慧律师
{BODY}
!m 林慧　执业律师　擅长：农业合同、土地流转纠纷
!d 本文仅为普法交流，不构成针对个案的法律意见。
!l 相关案例：土地流转合同到期不续签怎么办｜合作社社员退社如何分割财产
""",
        body="""
【案情】羽坪县养殖户老杨与某食品公司签订乌鸡订单合同，约定每斤保底收购价二十二元。去年底市场价下跌，公司提出按每斤十六元收购，老杨不同意。
【分析】保底收购价是双方真实意思表示，对双方具有约束力。市场价格下跌属于正常商业风险，不构成情势变更，公司无权单方压价。
【提示】养殖户签订订单时，应写明收购价格、质量标准和违约责任，并保留好交货凭证。
""",
    ),
    dict(
        slug="community-wuling-silkie-odour-notice-text",
        site="乌岭镇凤栖社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://fengqi.wuling.example.cn/sqgg/2025/0711/356.html",
        title="关于城区居民楼内禁止饲养乌鸡等家禽的温馨提示",
        date="2025-07-11",
        notes="community site: grid hotline footer; the community's own 联系电话 kept; a 关注 sentence kept",
        page="""
!m 凤栖社区 · 我们的家
!m 社区首页 › 社区公告
!m 发布于2025年7月11日 · 社区居委会 · 阅读 364
{BODY}
!l 👍 点赞　💬 留言　↗ 转发给邻居
!m 网格服务热线：0797-6630000（每天8:00—20:00）
!m 凤栖社区居民委员会 · 地址：乌岭镇凤栖路12号
""",
        body="""
各位居民朋友：
近期有居民反映，个别住户在阳台和楼道饲养乌鸡，异味和噪声影响邻里休息，也存在禽类疫病传播风险。
根据城区家禽禁养规定，请在楼内饲养家禽的住户于7月20日前自行处置。
如有困难，请联系社区工作人员，联系电话：0797-6631286。
欢迎居民关注“凤栖社区”公众号，及时了解社区通知。
凤栖社区居民委员会
2025年7月11日
""",
    ),
    dict(
        slug="association-jiming-silkie-standard-minutes-html",
        site="鸡鸣塬县家禽业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.jmqinxie.example.org.cn/xhdt/2024/1122/98.html",
        title="乌鸡团体标准起草工作会议纪要",
        record_title="【协会纪要】乌鸡团体标准起草工作会议纪要",
        date="2024-11-21",
        notes="association page with member login; minutes lines; a vote count kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【协会纪要】乌鸡团体标准起草工作会议纪要-鸡鸣塬县家禽业协会</title></head><body>
<div class="tb">⟦a 会员登录　入会申请⟧</div>
<div class="logo">⟦m 鸡鸣塬县家禽业协会　服务会员 规范行业⟧</div>
<ul class="nav"><li>⟦m 协会简介⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 标准规范⟧</li><li>⟦m 会员风采⟧</li></ul>
<div class="pos">⟦m 首页 ＞ 协会动态⟧</div>
<h1>{T}</h1>
<p class="d">⟦m 2024-11-22　协会秘书处⟧</p>
{BODY}
<div class="share">⟦l 分享到：微信 ｜ 朋友圈 ｜ 复制链接⟧</div>
<div class="foot">⟦m 协会地址：鸡鸣塬县农贸大厦5楼　秘书处电话：0797-6650088⟧</div>
</body></html>
""",
        body="""
时间：2024年11月21日
地点：协会会议室
主持：协会会长 温建国
出席：理事单位代表十五人，县畜牧站专家二人
会议讨论了《鸡鸣塬乌鸡》团体标准征求意见稿，对饲养周期、屠宰月龄和黑色素指标作了修改。
会议表决：同意十四票，弃权一票，通过征求意见稿，报县市场监管局备案。
""",
    ),
    dict(
        slug="company-wuling-silkie-recall-html",
        site="乌岭黑羽食品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.heiyufood.example.com/news/notice/2025-06-03.html",
        title="关于主动召回部分批次乌鸡汤罐头的公告",
        record_title="公司公告｜关于主动召回部分批次乌鸡汤罐头的公告",
        date="2025-06-03",
        notes="company site with cookie bar and shop link; recall table; the recall line kept beside the sales 400 line",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>公司公告｜关于主动召回部分批次乌鸡汤罐头的公告 - 黑羽食品</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续访问即表示同意。［我知道了］⟧</div>
<header><div class="logo">⟦m 黑羽食品 HEIYU FOOD⟧</div><nav>⟦m 关于黑羽　产品中心　新闻公告　联系我们⟧</nav><a class="shop">⟦a 进入官方商城⟧</a></header>
<div class="bread">⟦m 新闻公告 / 公司公告⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 2025.06.03⟧</div>
{BODY}
<footer><p>⟦m 全国销售热线：400-880-6616⟧</p><p>⟦d Copyright © 2025 乌岭黑羽食品有限公司 保留所有权利⟧</p></footer>
</body></html>
""",
        body="""
尊敬的消费者：
我公司在自检中发现，部分批次乌鸡汤罐头封口密封性不达标，可能影响保质期内品质。为保障消费者权益，公司决定主动召回以下批次产品：
规格　生产批号　数量
400克　HY250312　2400罐
400克　HY250318　1860罐
已购买上述批次产品的消费者，可凭产品到原购买处退换，或拨打召回专线0797-6640117。
乌岭黑羽食品有限公司
2025年6月3日
""",
    ),
    dict(
        slug="training-yuping-silkie-course-text",
        site="羽坪农技培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="article",
        form="text",
        source="http://www.ypnjpx.example.com/zs/2025-08.html",
        title="2025年秋季乌鸡规模养殖技术培训班招生简章",
        record_title="【秋季班火热报名中】2025年秋季乌鸡规模养殖技术培训班招生简章",
        date=None,
        notes="training school: float consult line and free-trial line inside the body; course table; school's 报名电话 kept; no date",
        page="""
!m 羽坪农技培训学校——学技术 找门路
!t 【秋季班火热报名中】2025年秋季乌鸡规模养殖技术培训班招生简章
!w 在线课程顾问：微信 yp_nongji01（长按复制）
{BODY}
!a 立即报名 ＞＞
!l 往期学员说：“学了三天，鸡苗成活率提高了一大截！”——乌岭学员 老邓
!m 羽坪农技培训学校版权所有
""",
        body="""
为帮助养殖户掌握乌鸡规模养殖技术，我校开设秋季培训班，欢迎报名。
课程　课时　授课地点
鸡舍建设与环境控制　6　学校教室
饲料配方与饲喂管理　8　羽坪示范场
常见病防治　8　羽坪示范场
⟦a 🎁 前20名报名送《乌鸡养殖实用手册》一本，先到先得⟧
培训对象：本县养殖户及有意从事乌鸡养殖的返乡青年，免收学费。
报名电话：0797-6617751（教务处 汪老师）
""",
    ),
]

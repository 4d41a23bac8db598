"""holdout140, part B (invented)."""

CASES = [
    dict(
        slug="anthology-laojing-memoir-chapter",
        site="砺城文存 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://wencun.licheng.example.org/juan2/41.html",
        title="井台边的夏天",
        record_title="《砺城文存》卷二·第41篇｜井台边的夏天",
        date=None,
        notes="personal collection chapter with prefix; chapter nav; a year in the memoir is no date; wrapped at 64 columns",
        wrap=64,
        indent="　　",
        page="""
!m 砺城文存 · 退休教师温砚秋的文字
!m 卷二　乡土篇
{T}
{BODY}
!l ← 上一篇：外婆的纺车　｜　目录　｜　下一篇：晒谷场 →
!d 文存所收均为作者旧作，转引请注明出处。
""",
        body="""
我家老屋门前有一口井，青石井栏被绳子磨出了七八道深槽，那是几代人打水留下的痕迹。
一九七八年的夏天特别热，全村人傍晚都聚到井台边，把西瓜用网兜吊进井里冰着，等天黑了再捞上来分。
井水冬暖夏凉，母亲说那是因为井通着地底下的老河。后来村里通了自来水，井就慢慢没人用了。
前年回乡，看见井口被一块水泥板盖着，板上落满了桐花。我蹲下来敲了敲，好像还能听见当年的回声。
""",
    ),
    dict(
        slug="party-jiaoyuan-flag-branch-speech-html",
        site="礁原先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.jiaoyuanxf.example.gov.cn/zbjs/2025/0701/5521.html",
        title="在“七一”升国旗暨重温入党誓词仪式上的讲话",
        record_title="在“七一”升国旗暨重温入党誓词仪式上的讲话_支部建设_礁原先锋网",
        date="2025-07-01",
        notes="Party-building page: 【字号】 row, speaker line neutral, date under speech title neutral, sidebar list, footer with 主办/承办",
        page="""
<html><head><meta charset="utf-8"><title>在“七一”升国旗暨重温入党誓词仪式上的讲话_支部建设_礁原先锋网</title></head><body>
<div class="banner">⟦m 礁原先锋网⟧<span>⟦m 礁原县委组织部主办⟧</span></div>
<ul class="menu"><li>⟦m 要闻⟧</li><li>⟦m 支部建设⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 组工信息⟧</li></ul>
<div class="pos">⟦m 您的位置：首页 » 支部建设⟧</div>
<h1>{T}</h1>
<p class="sub">（2025年7月1日）</p>
<p class="sub">县文化馆党支部书记　甘雪芹</p>
<div class="tool">⟦a 【字号 大 中 小】⟧ ⟦a 【打印】⟧ ⟦a 【收藏】⟧</div>
<div class="text">
{BODY}
</div>
<div class="side"><h4>⟦l 支部风采⟧</h4><ul><li>⟦l 城关镇社区党委开展“微心愿”认领⟧</li><li>⟦l 县交通局支部开展主题党日⟧</li></ul></div>
<div class="foot">⟦d 主办：中共礁原县委组织部　承办：礁原县党员教育中心　版权所有⟧<br>⟦m 备案号：琼ICP备2021001382号⟧</div>
</body></html>
""",
        body="""
同志们：
刚才，我们在馆前广场举行了升国旗仪式，全体党员面向党旗重温了入党誓词。
国旗升起的那一刻，我想到的是我们文化馆的初心：让群众看得到好戏、学得到本事。
过去一年，支部党员带头送戏下乡四十六场，办公益培训班二十三期，群众满意度明显提升。
新的一年，希望每名党员都把誓词落到岗位上，在文化惠民中当先锋、作表率。
""",
    ),
    dict(
        slug="hospital-qinghe-shelter-heatstroke-tips",
        site="碓溪县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.duixirmyy.example.com/jkkp/2025/0715/311.html",
        title="高温天户外候车，这些防暑要点请记牢",
        record_title="高温天户外候车，这些防暑要点请记牢-碓溪县人民医院",
        date="2025-07-15",
        notes="hospital: 预约挂号 hotline (chrome) next to the department's own 咨询电话 (body); 发布时间 byline; numbered list",
        page="""
!m 碓溪县人民医院　二级甲等综合医院
!m 首页 / 健康科普 / 正文
{T}
!m 发布时间：2025-07-15　科室：急诊医学科　浏览：1208
!w 预约挂号请拨 0736-8812120 或关注医院服务号
{BODY}
!d 本文为健康科普，不能代替医生面诊，如有不适请及时就医。
!l 上一条：儿童夏季腹泻怎么办
!l 下一条：医院开通夜间门诊的公告
""",
        body="""
近日我县持续高温，不少市民在公交候车亭等车时出现头晕、乏力、大量出汗等症状，急诊科提醒大家注意以下几点：
1.尽量避开中午11时至15时出行，确需候车时站在顶棚阴影下。
2.随身携带温开水或淡盐水，少量多次饮用。
3.老人、孕妇和慢性病患者出门要有家人陪同。
4.出现头痛、恶心、皮肤发烫时，立即到阴凉处休息，用湿毛巾擦拭身体，必要时拨打120。
急诊医学科咨询电话：0736-8812316。
""",
    ),
    dict(
        slug="college-lizhou-paotong-lab-news-html",
        site="砺州农林学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lzafu.example.edu.cn/info/1021/8843.htm",
        title="我校泡桐团队选育的抗丛枝病新品种通过省级审定",
        record_title="我校泡桐团队选育的抗丛枝病新品种通过省级审定-砺州农林学院",
        date="2025-05-22",
        notes="university news: 撰稿/摄影/审核 line, 点击 count by script, photo caption; date from the 时间 line",
        page="""
<html><head><meta charset="utf-8"><title>我校泡桐团队选育的抗丛枝病新品种通过省级审定-砺州农林学院</title></head><body>
<div class="header">⟦m 砺州农林学院⟧ ⟦m 厚德 力耕 博学 树木⟧</div>
<div class="navi">⟦m 学校概况　院系设置　科学研究　招生就业　校园文化⟧</div>
<div class="loc">⟦m 当前位置: 首页 &gt;&gt; 学校要闻 &gt;&gt; 正文⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 时间：2025-05-22　作者：林学院　点击：1377⟧</div>
<div class="v_news_content">
{BODY}
</div>
<p class="zg">⟦m 撰稿：汤若溪　摄影：戚磊　审核：骆晨⟧</p>
<div class="pre">⟦l 上一条：我校举办第十届研究生学术论坛⟧<br>⟦l 下一条：林学院师生赴林场开展社会实践⟧</div>
<div class="bottom">⟦m 地址：砺州市学府大道9号　邮编：463009⟧　⟦d 版权所有 © 砺州农林学院⟧</div>
</body></html>
""",
        body="""
近日，省林木品种审定委员会公布审定结果，我校林学院泡桐研究团队选育的“砺桐3号”通过审定。
该品种由团队历时十二年从二百余个杂交组合中筛选而成，丛枝病发病率低于百分之三，十年生单株材积比对照品种提高百分之二十八。
⟦m 团队成员在试验林测量胸径。⟧
团队负责人贺兰洲教授介绍，新品种木材纹理通直、色泽浅白，适合制作乐器音板和高档家具。
下一步，团队将在省内五个县建立示范林，推动良种尽快进入生产。
""",
    ),
    dict(
        slug="localforum-shiban-well-repair-notice",
        site="石坂镇论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.shibanbbs.example.com/forum.php?mod=viewthread&tid=88012",
        title="关于修缮上坊古井暂停取水的通知",
        record_title="【镇村公告】关于修缮上坊古井暂停取水的通知",
        date="2025-08-05",
        date_also=["2025-08-06"],
        notes="township forum: official account repost; glued signature; poster info; 成文日期 vs post time",
        page="""
!m 石坂镇论坛 - 石坂人自己的家园
!m 论坛 › 镇村公告 › 查看帖子
!t 【镇村公告】关于修缮上坊古井暂停取水的通知
!m 石坂镇政府　认证用户　发表于 2025-8-6 10:25:33
{BODY}
!m 签名：石坂镇人民政府官方账号，有事请私信
!l 沙发　　板凳　　我来说两句
!l 本版热帖：镇区夜市今晚开张｜中秋灯会征集志愿者
""",
        body="""
上坊村村民：
上坊古井井壁部分石块松动，存在安全隐患。经镇文化站和村委会研究，决定于8月10日至8月25日进行修缮。
修缮期间古井暂停取水，请村民使用自来水或到下坊公用水井取水。
施工现场设有围挡，请看管好小孩，不要靠近。⟦a 点击此处查看施工位置图⟧
石坂镇人民政府
2025年8月5日
""",
    ),
    dict(
        slug="download-paotong-pest-form-html-old",
        site="绿野资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.lvyezl.example.com/soft/2025/7718.html",
        title="泡桐大袋蛾防治技术要点",
        record_title="泡桐大袋蛾防治技术要点.doc下载",
        date=None,
        notes="download station old table layout: file-info table, three mirrors, error report; the document's own 下载 sentence kept; no date (update stamp not a date)",
        page="""
<html><head><meta charset="gbk"><title>泡桐大袋蛾防治技术要点.doc下载_绿野资料站</title></head><body>
<table width="100%"><tr><td>⟦m 绿野资料站 www.lvyezl.example.com⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table><tr><td>⟦m 资料大小：46KB⟧</td><td>⟦m 资料类型：DOC⟧</td></tr><tr><td>⟦m 更新时间：2025-06-30 11:02⟧</td><td>⟦m 下载次数：1562⟧</td></tr></table>
<h3>⟦t 泡桐大袋蛾防治技术要点⟧</h3>
{BODY}
<table><tr><td>⟦a 下载地址：电信下载1⟧</td><td>⟦a 联通下载2⟧</td><td>⟦a 备用下载3⟧</td></tr>
<tr><td colspan="3">⟦a 如果下载失败，请点此报告错误⟧</td></tr></table>
<div>⟦d 本站资料均来源于网络，仅供学习研究，请于下载后24小时内删除⟧</div>
</body></html>
""",
        body="""
一、发生规律。大袋蛾一年一代，以老熟幼虫在护囊内越冬，6月下旬至7月中旬为幼虫危害盛期。
二、人工防治。冬季结合修枝，摘除树上护囊，集中烧毁。
三、生物防治。幼虫低龄期喷洒苏云金杆菌制剂，每亩用量按说明书执行。
四、化学防治。虫口密度大时，可选用高效低毒药剂，严禁使用国家禁用农药。
防治期间的用药记录表，可从县林业技术推广站网站下载后打印填写。
""",
    ),
    dict(
        slug="exam-qiyang-flag-honor-guard-recruit",
        site="碛阳人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.qiyangpta.example.gov.cn/kszx/2025/0410/1832.html",
        title="碛阳市城市广场管理中心招聘升旗护卫队员公告",
        record_title="碛阳市城市广场管理中心招聘升旗护卫队员公告",
        date="2025-04-10",
        record_date="2025-04-10",
        notes="exam site: 咨询电话 of the employer kept beside the site's technical line; post table; 附件",
        page="""
!m 碛阳人事考试网
!m 首页 → 考试资讯 → 招聘公告
{T}
!m 来源：碛阳市人社局　日期：2025-04-10　字号：[大][中][小]
{BODY}
!w 网上报名技术支持：0757-2208861（工作日9:00-17:00）
!a 【打印】【关闭】
!d Copyright © 碛阳市人事考试中心 All Rights Reserved
""",
        body="""
根据工作需要，碛阳市城市广场管理中心面向社会公开招聘升旗护卫队员6名，现将有关事项公告如下：
一、招聘岗位
岗位　人数　条件
护卫队员（男）　4　身高178厘米以上，退役军人优先
护卫队员（女）　2　身高168厘米以上，退役军人优先
二、报名方式
报名时间为4月15日至4月21日，报名者登录本网下载报名表，填写后发送至电子邮箱qy_gcgl@example.cn。
三、咨询电话
碛阳市城市广场管理中心：0757-2208130。
附件：碛阳市城市广场管理中心招聘报名表
""",
    ),
    dict(
        slug="tender-beikou-shelter-bid-result-html",
        site="碚口市公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.beikou.example.gov.cn/jyxx/zbgg/20250618/009123.html",
        title="碚口市中心城区公交候车亭新建及改造工程中标结果公示",
        record_title=None,
        date="2025-06-18",
        notes="tender portal: modern template, title missing from record; bid-result table; buyer and agency contacts kept; 信息来源 line",
        page="""
<html><head><meta charset="utf-8"><title>碚口市公共资源交易平台</title></head><body>
<div class="head">⟦m 碚口市公共资源交易平台⟧ ⟦a CA证书办理⟧ ⟦a 主体登录⟧</div>
<div class="nav">⟦m 交易信息　政策法规　服务指南　信用信息⟧</div>
<div class="path">⟦m 首页 &gt; 交易信息 &gt; 建设工程 &gt; 中标结果⟧</div>
<h3>{T}</h3>
<div class="date">⟦m 【信息时间：2025-06-18】【浏览次数：905】⟧</div>
{BODY}
<div class="gl">⟦l 相关公告：招标公告　答疑澄清　中标候选人公示⟧</div>
<div class="footer">⟦m 运维服务：0775-2990011⟧ ⟦d 碚口市公共资源交易中心 版权所有⟧</div>
</body></html>
""",
        body="""
一、项目编号：BKJS-2025-0317
二、中标信息
标段　中标人　中标价（元）　工期
一标段　碚口市路安市政工程有限公司　3126540.00　90日历天
二标段　硖口城建设施安装有限公司　2879300.00　90日历天
三、公示期：2025年6月18日至2025年6月20日。
四、联系方式
招标人：碚口市公共交通集团有限公司　联系人：莫工　电话：0775-2261590
招标代理：碚口正衡项目管理有限公司　联系人：邝女士　电话：0775-2317724
""",
    ),
    dict(
        slug="lawfirm-hengde-shelter-injury-article",
        site="衡德律师事务所 (invented)",
        style="律所网站",
        genre="其他",
        kind="other",
        form="text",
        source="https://www.hengdelaw.example.com/case/2025/0903.html",
        title="候车亭顶棚坠落砸伤乘客，谁来担责？",
        record_title="法律课堂丨候车亭顶棚坠落砸伤乘客，谁来担责？",
        date="2025-09-03",
        notes="law-firm site: lawyer card, consult QR prompt, not-legal-advice notice in own words; 发布于 byline",
        page="""
!m 衡德律师事务所 | 专注人身损害与城市管理纠纷
!m 首页 > 法律课堂 > 案例评析
{T}
!m 撰文：祁望舒律师　发布于 2025-09-03
{BODY}
!w 遇到类似纠纷？扫描下方二维码，律师免费初步评估
!d 本文系律师个人观点分享，不视为本所出具的法律意见。
!l 热门文章：电动车充电起火物业要担责吗｜小区高空抛物如何取证
""",
        body="""
去年夏天，市民王某在候车亭等车时，被一块松脱的顶棚板砸伤头部，住院十二天。
王某起诉公交公司和候车亭维护单位，要求赔偿医疗费、误工费等共计四万余元。
法院审理认为，候车亭属于建筑物附属设施，其搁置物、悬挂物发生脱落致人损害，所有人、管理人不能证明自己没有过错的，应当承担侵权责任。
最终，法院判决维护单位承担百分之八十的责任，公交公司承担百分之二十。
提醒各管理单位定期巡检，也提醒市民遇到设施异常及时报修、远离危险区域。
""",
    ),
    dict(
        slug="community-hongqiao-flag-raising-invite",
        site="虹桥里社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hongqiaoli.example.com/notice/2025-09-26.html",
        title="国庆节社区广场升旗仪式邀请居民参加的通知",
        record_title="【社区通知】国庆节社区广场升旗仪式邀请居民参加的通知",
        date="2025-09-26",
        notes="residents' site: weather widget, property-service hotline (chrome) next to the committee's own 联系电话 (body); template placeholder in the 回执",
        page="""
<html><head><meta charset="utf-8"><title>虹桥里社区网</title></head><body>
<div class="top">⟦m 虹桥里社区网　邻里守望 温暖一家⟧ <span class="wx">⟦m 今日 晴 19~27℃⟧</span></div>
<div class="nav">⟦m 社区公告　办事指南　邻里圈　物业服务⟧</div>
<h2>⟦t 【社区通知】国庆节社区广场升旗仪式邀请居民参加的通知⟧</h2>
<div class="time">⟦m 社区居委会　2025-09-26　阅读 301⟧</div>
{BODY}
<div class="tel">⟦w 物业24小时服务热线：400-800-6619⟧</div>
<div class="ad">⟦a 扫码进入邻里圈，随时掌握社区动态⟧</div>
<div class="foot">⟦d 虹桥里社区居委会版权所有⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为庆祝中华人民共和国成立76周年，社区定于10月1日上午7时在中心广场举行升旗仪式，诚邀您和家人参加。
请参加的居民于6时45分前到场，着装整洁，可携带小国旗。
有意担任护旗手的青少年，请于9月28日前到居委会登记，回执格式：姓名____，年龄____，楼栋____。
联系电话：居委会 0755-6618230（周一至周五）。
虹桥里社区居民委员会
2025年9月26日
""",
    ),
    dict(
        slug="association-tongmu-instrument-pledge",
        site="磐湖市乐器行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.phmia.example.org.cn/xhgg/2025/0515/62.html",
        title="关于规范泡桐音板原料采购的倡议书",
        record_title="关于规范泡桐音板原料采购的倡议书_协会公告_磐湖市乐器行业协会",
        date="2025-05-15",
        notes="association: member login, 入会 prompt, footer with 地址/邮编; item list; gap between paragraphs",
        gap=True,
        page="""
!a 会员登录　|　入会申请　|　会员证查询
!m 磐湖市乐器行业协会
!m 协会公告 >> 正文
{T}
!m 发布：秘书处　2025年05月15日　人气：277
{BODY}
!l 【上一篇】协会组织会员企业参加民族乐器博览会
!l 【下一篇】2025年度古筝制作技能竞赛报名通知
!m 协会地址：磐湖市工业大道202号 邮编：516100
""",
        body="""
全市各乐器生产会员企业：

泡桐木是古筝、扬琴等民族乐器音板的主要原料。近年来部分企业采购未经自然陈化的湿材，导致音板开裂、音色下降，影响了行业声誉。

为此，协会倡议：一是优先采购产地证明齐全、自然陈化两年以上的泡桐板材；二是不收购来源不明的林木；三是建立原料台账，做到每批可追溯。

希望各会员企业自觉遵守，共同维护“磐湖民乐”品牌。

磐湖市乐器行业协会

2025年5月15日
""",
    ),
]

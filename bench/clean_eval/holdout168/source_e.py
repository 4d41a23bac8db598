"""holdout168, part E. Invented documents, sites and chrome; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-zhidaole-answer-purslane-dry",
        site="知道了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhidaole.cn/question/44718203",
        title="马齿苋晒干怎么保存不发霉？",
        record_title=None,
        date=None,
        notes="Q&A text page; the question as the title; 回答于 relative time; advice mentions 扫码 nothing; no date",
        page="""
!m 知道了问答　|　有问题，就知道了
!m 首页 › 美食 › 食材保存
{T}
!m 提问者：荠菜花开　　浏览 1.8万
!a 写回答　　 邀请回答　　 关注问题
!m 采纳答案　　农家小院老李　　回答于 3天前
{BODY}
!l 👍 赞同 1,204　　 💬 48条评论
!l 其他 7 个回答 ›
!d 以上内容由用户提供，不代表平台立场。
""",
        body="""
我家每年都晒几十斤，说说我的办法。
第一，焯水要透。马齿苋洗净后放开水里焯一到两分钟，捞出摊开晾凉，这一步能杀掉虫卵，也让它晒得快。
第二，一定要晒干透。太阳好的时候晒三到四天，捏在手里一搓就碎才算干。没干透就收起来，十有八九要发霉。
第三，密封避光。装进干净的塑料袋，挤掉空气扎紧口，再放进坛子或者铁皮桶里，放在阴凉通风的地方。
这样保存一年都没问题。
""",
    ),
    dict(
        slug="collection-haidao-essay-coconut-father",
        site="海岛拾贝 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="https://haidaoshibei.example-site.org/book/2/chapter/9.html",
        title="父亲的椰壳碗",
        record_title="《海岛拾贝》第二辑·第9篇｜父亲的椰壳碗",
        date=None,
        notes="collection reader with chapter nav; collection date stamp alone no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>《海岛拾贝》第二辑·第9篇｜父亲的椰壳碗</title><link rel="stylesheet" href="/reader.css"></head><body>
<div class="book-hd">⟦m 海岛拾贝 · 林潮生散文集⟧ ⟦a 加入书架⟧ ⟦a 目录⟧</div>
<div class="chapter"><h2>{T}</h2>
<div class="ch-info">⟦m 第二辑 · 渔村旧事　　本篇 980 字⟧</div>
{BODY}
</div>
<div class="ch-nav">⟦l 上一篇：渔网补了又补⟧ ⟦l 返回目录⟧ ⟦l 下一篇：台风过后的早晨⟧</div>
<div class="set">⟦a 字号 A- A+⟧ ⟦a 护眼模式⟧</div>
<div class="foot">⟦m 收录时间：2022-11-30⟧ ⟦d 作品版权归作者所有，未经许可请勿转载。⟧</div>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
我们家吃饭用的碗，有一半是父亲自己刻的椰壳碗。
父亲是渔民，出海回来就坐在门口的石墩上刻椰壳。他先把椰壳锯成两半，用刀刮去里面的椰肉，再一点点把外皮磨光，最后在碗沿刻一圈海浪。
小时候我嫌椰壳碗土气，总想要镇上商店里那种印花瓷碗。父亲也不说什么，只是把最好看的那只留给我。
后来我离家读书、工作，用过很多精致的碗，却再也没有哪一只，像那只椰壳碗那样让我想家。
""",
    ),
    dict(
        slug="dangjian-jianshui-speech-gasmeter-branch",
        site="苘阳国企党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.qiaoyang-gzw.gov.cn/zbfc/2024/0628/1178.html",
        title="在燃气公司客服中心党支部“七一”表彰会上的讲话",
        record_title="【支部风采】在燃气公司客服中心党支部“七一”表彰会上的讲话",
        date="2024-06-28",
        notes="Party-building site; speaker line and date under the title neutral; date only under the title",
        page="""
!m 苘阳国企党建网
!m 首页　要闻　支部风采　党员先锋　廉洁文化
!m 支部风采
{T}
苘阳市燃气有限公司党委书记　钱立中
（2024年6月28日）
{BODY}
!m 责任编辑：方圆　　审核：孔敏
!l 分享：微信　QQ　微博
!m 苘阳市国资委党委主办
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，我们召开客服中心党支部“七一”表彰会，表彰一批优秀共产党员和先进抄表服务班组。
过去一年，客服中心党支部把支部建在服务一线，组建党员服务队12支，完成老旧小区燃气表更换入户服务2.3万户次，群众满意率达到98.6%。
希望受表彰的同志珍惜荣誉、再接再厉；希望全体党员以他们为榜样，把群众用气的小事当作大事来办。
""",
    ),
    dict(
        slug="hospital-xingxi-notice-fishskin-allergy",
        site="荇溪县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xxzyyy.cn/yygg/2024/0312/455.html",
        title="荇溪县中医医院关于开展手工艺人职业性皮肤病免费筛查的通知",
        record_title="【院务公开】荇溪县中医医院关于开展手工艺人职业性皮肤病免费筛查的通知",
        date="2024-03-12",
        notes="hospital site; dermatology phone in the body beside the booking and 24-hour lines; screening table",
        page="""
!m 荇溪县中医医院　　预约挂号热线：0454-6129120
!m 首页 » 医院公告 » 正文
{T}
!m 发布者：医务科　　发布时间：2024-03-12　　阅读：388
{BODY}
!w 微信扫码关注医院服务号，在线预约更便捷
!m 急诊急救（24小时）：0454-6129999
!m 版权所有：荇溪县中医医院　黑ICP备08001277号
""",
        body="""
鱼皮画、皮具等手工艺人长期接触鱼皮、鞣制剂和胶水，易发生接触性皮炎等职业性皮肤病。为此，我院皮肤科将开展免费筛查活动。
筛查安排如下：
日期　地点　对象
3月20日　荻浦镇卫生院　荻浦镇传习点学员
3月27日　县文化馆　县城工坊从业人员
筛查项目包括皮肤检查、斑贴试验咨询和防护指导，请携带身份证参加。
皮肤科咨询电话：0454-6129308。
""",
    ),
    dict(
        slug="univ-nongke-notice-purslane-seminar",
        site="蘅州农业职业学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hzny.edu.cn/info/1015/7702.htm",
        title="关于举办“野菜资源开发与乡村产业”学术沙龙的通知",
        record_title="关于举办“野菜资源开发与乡村产业”学术沙龙的通知-蘅州农业职业学院",
        date="2024-11-12",
        notes="university news system; sign-up by 扫码 as content; schedule list; faculty e-mail kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办“野菜资源开发与乡村产业”学术沙龙的通知-蘅州农业职业学院</title>
<script src="/system/resource/js/counter.js"></script></head><body>
<div class="header">⟦m 蘅州农业职业学院⟧ ⟦m 信息门户 | 图书馆 | 邮箱 | English⟧</div>
<div class="navbar">⟦m 学校概况 院系设置 教育教学 科学研究 招生就业⟧</div>
<div class="location">⟦m 当前位置：首页 &gt;&gt; 通知公告 &gt;&gt; 正文⟧</div>
<form name="_newscontent_fromname"><h1>{T}</h1>
<div class="meta">⟦m 作者：科研处　时间：2024-11-12　点击数：⟧<script>_showDynClicks("wbnews",1123,7702)</script></div>
{BODY}
</form>
<div class="footer">⟦m 地址：蘅州市职教园区学苑路5号　邮编：421000⟧ ⟦m Copyright © 蘅州农业职业学院⟧</div>
</body></html>
""",
        body="""
各二级学院、各部门：
为促进野菜资源开发研究，学院定于11月20日下午2:30在图书馆报告厅举办“野菜资源开发与乡村产业”学术沙龙。
一、主题发言：马齿苋品种选育与标准化栽培；野菜预制菜加工技术；野菜品牌营销案例。
二、参加人员：园艺、食品专业教师和学生代表，欢迎其他师生参加。
三、请参会人员扫描海报上的二维码报名，名额80人。
联系人：科研处蒋老师，邮箱：kyc@hzny.edu.cn。
科研处
2024年11月12日
""",
    ),
    dict(
        slug="localbbs-heyuan-post-bamboo-rice-smoke",
        site="荇溪在线论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="http://bbs.xingxizx.com/thread-77210-1-1.html",
        title="夜市烤竹筒饭的烟太大了，楼上住户窗都不敢开",
        record_title="夜市烤竹筒饭的烟太大了，楼上住户窗都不敢开 - 百姓呼声 - 荇溪在线论坛",
        date="2024-08-16",
        date_also=["2024-08-14"],
        notes="county forum with jammer fonts; town's official reply with its own date; moderator line",
        page="""
<!DOCTYPE html><html><head><meta charset="gbk"><title>夜市烤竹筒饭的烟太大了，楼上住户窗都不敢开 - 百姓呼声 - 荇溪在线论坛</title>
<style>.jammer{color:#fff;font-size:0}</style></head><body>
<div id="top">⟦m 荇溪在线论坛⟧ ⟦a 登录⟧ ⟦a 注册⟧ ⟦a 手机版⟧</div>
<div id="nav">⟦m 荇溪在线 › 百姓呼声 › 正文⟧</div>
<div class="post"><h2>{T}</h2>
<div class="au">⟦m 楼主：江边住户　发表于 2024-08-14 23:18　查看 1352　回复 26⟧</div>
<div class="msg">
{BODY}
</div></div>
<div class="mod">⟦m 本帖最后由 版主小荇 于 2024-08-16 17:20 编辑⟧</div>
<div class="fastreply">⟦a 快速回复⟧ ⟦a 高级模式⟧</div>
<div id="ft">⟦d 免责声明：网友言论仅代表其个人观点。⟧ ⟦m 论坛客服QQ：3301552870⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=0, glued=2),
        body="""
滨江路夜市有三家烤竹筒饭的摊子，每天晚上七点烤到十二点，炭火烟直往楼上窜。我家住三楼，夏天开不了窗，晾的衣服都是烟味。希望有关部门管一管。
【荇溪镇人民政府回复】
网友您好：镇综合执法队已于8月15日到现场核查，要求三家摊点统一加装油烟净化设备，并将烤制位置移至夜市东侧空地。镇里将持续跟踪整改情况。感谢您的监督。
荇溪镇人民政府
2024年8月16日
""",
    ),
    dict(
        slug="download-nongji-contract-coconut-supply",
        site="合同范本下载站 (invented)",
        style="资料下载站",
        genre="合同",
        kind="other",
        form="text",
        source="http://www.htfbxz.com/down/hetong/10377.html",
        title="椰壳原料供应合同（范本）",
        record_title="椰壳原料供应合同（范本）.doc下载",
        date=None,
        notes="download station text page: file info, mirror links; template placeholders kept; no date",
        page="""
!m 合同范本下载站　——　各类合同 免费下载
!m 首页 > 合同范本 > 购销合同
!t 椰壳原料供应合同（范本）.doc下载
!m 软件大小：26KB　　软件语言：简体中文　　更新时间：2024/01/09
!m 授权：免费　　 运行环境：Word/WPS
{BODY}
!a 本地下载一　　 本地下载二　　 备用地址
!a 下载不了？报告失效链接
!d 本站所有合同范本仅供参考，请根据实际情况修改后使用。
""",
        body="""
甲方（收购方）：____________
乙方（供应方）：____________
第一条　乙方向甲方供应老熟椰壳，规格为直径12厘米以上、无裂纹、无霉变，年供应量______个。
第二条　收购单价为每个____元，按质论价，特级品每个加价____元。
第三条　乙方按月分批交货，甲方于收货后15日内付清货款。
第四条　任何一方违约，应向守约方支付合同总价款10%的违约金。
第五条　本合同一式两份，双方各执一份，自签字之日起生效。
签订日期：____年__月__日
""",
    ),
    dict(
        slug="exam-rsks-list-fishskin-interview",
        site="北疆人事考试信息网 (invented)",
        style="人事考试网",
        genre="公示",
        kind="notice",
        form="text",
        source="http://www.bjrsks.gov.cn/sydw/2024/1018/5582.html",
        title="荇溪县非遗保护中心2024年公开招聘鱼皮画技艺辅导员面试人员名单",
        record_title="荇溪县非遗保护中心2024年公开招聘鱼皮画技艺辅导员面试人员名单（附面试安排）",
        date="2024-10-17",
        date_also=["2024-10-18"],
        notes="exam site; interview table; candidates told to 打印 notices; exam centre phone beside site technical line",
        page="""
!m 北疆人事考试信息网
!m 首页 | 公务员考试 | 事业单位 | 职业资格 | 成绩查询
!m 事业单位招聘 > 公告公示
{T}
!m 发布日期：2024-10-18　　来源：荇溪县人力资源和社会保障局
{BODY}
!a 〖打印本页〗〖关闭窗口〗
!m 网站技术支持：0451-8265501
!d 本网站信息仅供参考，以招聘单位正式发布为准。
""",
        body="""
根据笔试成绩，按岗位招聘人数1:3的比例确定进入面试人员名单，现予公布。
准考证号　姓名　笔试成绩
20240103　尤佳琪　81.5
20240117　毕晓东　78.0
20240122　葛菲　76.5
面试时间：10月26日上午8:30，地点：县人社局三楼考场。
请面试人员登录报名系统打印面试通知书，携带身份证和通知书按时参加面试。
咨询电话：0454-6126015。
荇溪县人力资源和社会保障局
2024年10月17日
""",
    ),
    dict(
        slug="tender-zhuxiang-notice-bamboo-tubes",
        site="蘅州阳光采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://cg.hengzhou-ygcg.com/notice/detail/2024081300155",
        title="苕岭乡竹筒饭产业园冷链仓储设备采购项目招标公告",
        record_title="【招标公告】苕岭乡竹筒饭产业园冷链仓储设备采购项目招标公告-蘅州阳光采购平台",
        date="2024-08-13",
        notes="procurement platform; lots table; purchaser and agency contacts beside the CA and platform service lines",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【招标公告】苕岭乡竹筒饭产业园冷链仓储设备采购项目招标公告-蘅州阳光采购平台</title></head><body>
<div class="hd">⟦m 蘅州阳光采购平台⟧ ⟦a 供应商登录⟧ ⟦a 专家登录⟧</div>
<div class="nav">⟦m 首页 · 采购公告 · 结果公告 · 政策法规 · 办事指南⟧</div>
<div class="crumb">⟦m 首页 ＞ 采购公告 ＞ 公开招标⟧</div>
<h3>{T}</h3>
<div class="pub">⟦m 发布时间：2024-08-13 16:00:00　　项目编号：HZCG-2024-0813-02⟧</div>
{BODY}
<div class="ops">⟦a 我要投标⟧ ⟦a 收藏项目⟧</div>
<div class="ft">⟦m 数字证书办理热线：400-112-0530⟧ ⟦m 平台客服：0734-2285000⟧ ⟦m 湘ICP备20008815号⟧</div>
</body></html>
""",
        body="""
一、项目概况：本项目采购冷库保温库体、制冷机组和速冻设备，分两个包组。
包号　采购内容　预算金额（万元）
1　保温库体及安装　186
2　制冷机组及速冻设备　254
二、投标人资格：具有独立承担民事责任的能力，近三年内无重大违法记录。
三、获取招标文件：2024年8月14日至8月20日，登录平台下载招标文件。
四、投标截止时间：2024年9月3日上午9:30。
五、联系方式：采购人：苕岭乡人民政府，联系人：黄先生，电话：0774-5320211；代理机构：蘅州中信招标有限公司，联系人：刘女士，电话：0734-2296630。
""",
    ),
    dict(
        slug="law-qingfeng-answer-gasmeter-liability",
        site="清风律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.qflawyer.com/zixun/2024/0917/228.html",
        title="燃气表被物业挪动后漏气，谁来担责？",
        record_title="法律讲坛丨燃气表被物业挪动后漏气，谁来担责？",
        date="2024-09-17",
        notes="law firm Q&A article; consult card and hotline; 民法典 articles; byline date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>燃气表被物业挪动后漏气，谁来担责？-清风律师事务所</title></head><body>
<div class="hd">⟦m 清风律师事务所　QINGFENG LAW FIRM⟧ ⟦w 咨询热线：0535-6690088⟧</div>
<div class="nav">⟦m 首页 / 关于清风 / 业务领域 / 律师团队 / 法律讲坛⟧</div>
<div class="art"><h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-09-17　作者：孙毅律师⟧</div>
{BODY}
</div>
<div class="consult">⟦w 在线留言，24小时内律师回复⟧</div>
<div class="ft">⟦d 本站文章仅供参考，具体问题请咨询执业律师。⟧ ⟦m 鲁ICP备19033021号⟧</div>
</body></html>
""",
        body="""
问：物业装修楼道时擅自挪动了我家的燃气表，后来发生漏气，造成厨房受损，谁来承担责任？
答：燃气表及表前管道属于燃气设施，擅自移动、改装属于法律禁止的行为。物业未经燃气企业同意挪动表具，存在过错，应当对由此造成的损失承担赔偿责任。
如果燃气企业在定期安检中发现了挪动情况却未要求整改，也可能承担相应责任。
建议业主保存好维修记录、照片和费用票据，先与物业协商，协商不成可以向法院起诉。
""",
    ),
]

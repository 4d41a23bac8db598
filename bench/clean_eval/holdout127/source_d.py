"""holdout127, part D: local forums, download stations, personnel-exam sites, tender
portals, law firms. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localbbs-chengdong-elevator-junk",
        site="城东生活圈 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.chengdongq.example.com/thread-99412-1-1.html",
        title="致幸福里小区3号楼全体业主的一封信——关于加装电梯",
        record_title="[业主心声] 致幸福里小区3号楼全体业主的一封信——关于加装电梯 - 家园论坛 - 城东生活圈",
        date="2025-05-06",
        notes="local forum; junk lines and glued junk; the letter's own 联系电话 and signature date; reply floors",
        junk=dict(lines=2, glued=2),
        page="""
!m 城东生活圈 » 家园论坛 » 小区事
!m 楼主　三楼老吴　发表于 2025-5-7 08:41　|　只看楼主
{T}
{BODY}
!l 2#　六楼的猫　　　赞成！爬了十年楼梯了
!l 3#　一楼住户　　　一楼的采光问题怎么解决？
!a 快速回复　　　高级模式
!m 城东生活圈　·　沪ICP备16022408号
""",
        body="""
各位邻居：
我们3号楼建成已经二十六年，楼里60岁以上的老人有31位，上下楼越来越困难。经几位热心业主商量，想发起加装电梯的意愿征集。
按照区里的政策，加装电梯需经本单元专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，并经参与表决业主四分之三以上同意。
政府每台补贴20万元，剩余费用按楼层分摊，一楼、二楼业主不出资。
请各位业主在5月20日前到3号楼二单元101室填写意见表。
联系人：吴建华　电话：138****6021
3号楼加装电梯筹备小组
2025年5月6日
""",
        date_also=["2025-05-07"],
    ),
    dict(
        slug="localbbs-taoxi-beansprout-html",
        site="桃溪在线 (invented)",
        style="地方论坛",
        genre="通报",
        kind="notice",
        form="html",
        source="https://www.taoxizx.example.com/forum/thread-21907.html",
        title="县市场监管局通报三起“毒豆芽”案件查处情况",
        record_title="【转】县市场监管局通报三起“毒豆芽”案件查处情况",
        date="2025-04-15",
        notes="repost on a local forum: original source line, moderator note, hot-thread list; jammer fonts",
        junk=dict(lines=0, glued=2),
        page="""
<!DOCTYPE html><html><head><meta charset="gbk"><title>【转】县市场监管局通报三起“毒豆芽”案件查处情况 - 桃溪在线</title>
<style>.jammer{font-size:0}</style></head>
<body><div id="toptb">⟦m 桃溪在线　桃溪人的网上家园⟧ ⟦a 手机版⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 桃溪在线 › 桃溪杂谈 › 新闻转载⟧</div>
<div class="pl"><div class="author">⟦m 桃溪小编⟧⟦m 发表于 前天 10:22⟧</div>
<h1>{T}</h1>
<div class="mod">⟦l 本帖被版主 溪边柳 加入精华⟧</div>
{BODY}
<div class="src">⟦m 原文来源：桃溪县市场监督管理局网站⟧</div></div>
<div class="hot"><h3>⟦l 本版热帖⟧</h3><p>⟦l 南门菜市场搬迁了吗？⟧</p><p>⟦l 五一去哪里钓鱼⟧</p></div>
<div id="ft">⟦d 转载内容版权归原作者所有，如有异议请联系删除。⟧</div>
</body></html>
""",
        body="""
近期，县市场监管局联合公安机关对全县豆芽生产经营单位开展专项检查，查处三起使用违禁物质生产豆芽案件。
一、城北某豆芽作坊在生产过程中违法添加6-苄基腺嘌呤，已移送公安机关处理。
二、某农贸市场经营户销售的绿豆芽检出亚硫酸盐，已责令下架并立案调查。
三、某无证作坊在居民楼内生产豆芽，已依法取缔。
县市场监管局提醒消费者，购买豆芽时不要只挑又白又粗、没有根须的，发现问题可拨打12315投诉举报。
桃溪县市场监督管理局
2025年4月15日
""",
    ),
    dict(
        slug="download-pixiang-leathercraft-html",
        site="皮匠资料站 (invented)",
        style="资料下载站",
        genre="教案",
        kind="other",
        form="html",
        source="http://www.pijiangzl.example.net/soft/31207.html",
        title="皮雕工艺入门课程教学计划",
        record_title="皮雕工艺入门课程教学计划.doc下载",
        date=None,
        notes="gb2312 download station: file-info table, mirror links, dead-link report; upload date is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>皮雕工艺入门课程教学计划.doc下载_皮匠资料站</title>
<script>function report(){alert('已提交');}</script></head>
<body><table width="950"><tr><td>⟦m 皮匠资料站 — 手作资料免费下⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table width="950"><tr><td>⟦m 资料大小：46KB⟧</td><td>⟦m 资料类型：Word文档⟧</td></tr><tr><td>⟦m 更新时间：2024-11-30⟧</td><td>⟦m 下载次数：2207⟧</td></tr></table>
<h2>{T}</h2>
<div>⟦m 资料简介：⟧</div>
{BODY}
<table><tr><td>⟦a 电信下载⟧</td><td>⟦a 联通下载⟧</td><td>⟦a 备用下载⟧</td></tr></table>
<div>⟦a 下载地址失效？点此报错⟧</div>
<div>⟦d 本站资料均来自互联网，仅供学习研究，请于下载后24小时内删除。⟧</div>
<div>⟦m 皮匠资料站 www.pijiangzl.example.net⟧</div>
</body></html>
""",
        body="""
本课程面向零基础学员，共8课时，学习植鞣革皮雕的基本工具和技法。
第1至2课时：认识皮料和工具，练习转印图案、旋转刻刀划线。
第3至5课时：练习打边、背景、花纹等印花工具的使用，完成一片叶子图案。
第6至7课时：学习染色和封边，完成一个皮雕钥匙扣。
第8课时：作品展示与点评。
教学准备：每位学员植鞣革一块、旋转刻刀一把、印花工具一套。
""",
    ),
    dict(
        slug="download-huapu-peony-guide-text",
        site="花谱下载网 (invented)",
        style="资料下载站",
        genre="技术规程",
        kind="other",
        form="text",
        source="https://www.huapuxz.example.com/down/mudan-0927.html",
        title="观赏牡丹秋季栽植技术要点",
        record_title="观赏牡丹秋季栽植技术要点（word版）",
        date="2024-09-27",
        notes="download page with mirror list; the document's own signature date; numbered list; 免积分 prompts",
        page="""
!m 花谱下载网 > 园林园艺 > 花卉栽培
!m 文件格式：DOC　|　授权：免费　|　语言：简体中文　|　评分：★★★★☆
{T}
{BODY}
!a 【本地下载】　【高速下载】　【网盘下载】
!a 温馨提示：使用迅雷下载更快
!l 同类资料：芍药栽培技术　月季修剪技术　菊花扦插要点
!d 本站所有资料仅供学习交流，版权归原作者所有。
""",
        body="""
观赏牡丹以9月下旬至10月中旬栽植为宜，过早易秋发，过晚根系恢复不良。
1.选地：选择地势高燥、排水良好的沙壤土，忌低洼积水。
2.整地：栽前深翻40厘米，每亩施腐熟有机肥2000公斤。
3.栽植：穴深50厘米，根系舒展，覆土至根颈处，踏实后浇透水。
4.越冬：入冬前封土15厘米左右，来年春季扒开。
枫岭县园林绿化技术服务站
2024年9月27日
""",
    ),
    dict(
        slug="exam-jinzhou-adult-exam-text",
        site="锦州人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.jzrsks.example.gov.cn/crgk/2025/0818_3310.html",
        title="2025年成人高等学校招生全国统一考试报名公告",
        record_title="【考务公告】2025年成人高等学校招生全国统一考试报名公告",
        date="2025-08-18",
        notes="exam site; the announcement's own 下载/打印 sentences and 咨询电话 next to the system's tech line; 准考证 printing",
        page="""
!m 锦州人事考试网
!m 首页　考试动态　考试公告　成绩查询　证书领取
{T}
!m 发布日期：2025-08-18　来源：市教育考试院
{BODY}
!m 网上报名系统技术支持：400-0817-221（工作日9:00-17:00）
!l 【打印】　【关闭】
!m 主办：锦州市教育考试院　辽ICP备06014219号
""",
        body="""
根据省教育考试院统一部署，现将我市2025年成人高考报名工作公告如下。
一、网上报名时间：8月25日9:00至9月5日17:00。考生登录省教育考试院网站填写报名信息，上传本人近期免冠照片。
二、现场确认：9月8日至9月12日，考生持身份证到报名点采集照片并缴费。
三、考试时间：10月18日至19日。考生于10月13日起登录报名系统自行下载打印准考证。
四、考生须诚信报考，对弄虚作假者按有关规定严肃处理。
咨询电话：0416-3120518（市教育考试院成招办）
锦州市教育考试院
2025年8月18日
""",
    ),
    dict(
        slug="exam-baiquan-waterworks-hiring-html",
        site="白泉市人力资源和社会保障局 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsj.baiquan.example.gov.cn/zkzp/20250415/t1209.html",
        title="白泉市自来水公司2025年公开招聘工作人员公告",
        record_title="白泉市自来水公司2025年公开招聘工作人员公告（附岗位表）",
        date="2025-04-14",
        notes="HR portal, table of posts one row a paragraph; the announcement's 咨询电话 and email; 附件",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>白泉市自来水公司2025年公开招聘工作人员公告（附岗位表）</title>
<script src="/static/js/accessible.js"></script></head>
<body><div class="head">⟦m 白泉市人力资源和社会保障局⟧ ⟦a 长者模式⟧ ⟦a 读屏⟧</div>
<div class="nav">⟦m 首页 | 就业创业 | 社会保障 | 人事人才 | 考试招聘⟧</div>
<div class="bread">⟦m 您的位置：首页 » 考试招聘 » 事业单位招聘⟧</div>
<h1>{T}</h1>
<p class="fb">⟦m 时间：2025-04-15　来源：市人社局⟧</p>
{BODY}
<div class="fx">⟦l 分享到：⟧ ⟦a 微信⟧ ⟦a 微博⟧ ⟦a QQ空间⟧</div>
<div class="foot">⟦m 白泉市人力资源和社会保障局　版权所有⟧ ⟦m 人社服务热线：12333⟧</div>
</body></html>
""",
        body="""
因工作需要，白泉市自来水公司面向社会公开招聘工作人员8名。现将有关事项公告如下。
一、招聘岗位
岗位　人数　专业　学历
水质检验员　3　化学、环境工程　本科及以上
管网维修工　4　给排水、机电类　大专及以上
财务会计　1　会计学　本科及以上
二、报名时间：2025年4月20日至4月26日。
三、报名方式：将报名表、身份证、学历证书扫描件发送至邮箱bqzls_hr@example.com。
咨询电话：0437-5526078
附件：白泉市自来水公司2025年公开招聘报名表
白泉市自来水公司
2025年4月14日
""",
        date_also=["2025-04-15"],
    ),
    dict(
        slug="tender-hecheng-sewage-plant-html",
        site="禾城公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.hecheng.example.gov.cn/jyxx/gcjs/zbgg/2025/0620/88314.html",
        title="禾城市第二污水处理厂提标改造工程施工招标公告",
        record_title="禾城市第二污水处理厂提标改造工程施工招标公告",
        date="2025-06-20",
        notes="tender platform: CA hotline, buyer and agency contacts kept; bid time table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>禾城市第二污水处理厂提标改造工程施工招标公告</title></head>
<body><div class="top">⟦m 禾城公共资源交易平台⟧ ⟦a 主体登录⟧ ⟦a 专家登录⟧</div>
<div class="menu">⟦m 首页　交易信息　政策法规　服务指南　下载中心⟧</div>
<div class="loc">⟦m 交易信息 > 工程建设 > 招标公告⟧</div>
<h3>{T}</h3>
<div class="sub">⟦m 【信息时间：2025-06-20】【阅读次数：412】⟧ ⟦a 【我要打印】⟧</div>
{BODY}
<div class="ca">⟦m CA证书办理咨询：0573-8912666⟧</div>
<div class="foot">⟦m 禾城市公共资源交易中心　浙ICP备15031207号⟧</div>
</body></html>
""",
        body="""
1.招标条件：禾城市第二污水处理厂提标改造工程已批准建设，资金来自财政资金，招标人为禾城市水务集团有限公司，现对该项目施工进行公开招标。
2.项目概况：对现有生化池、二沉池进行改造，新建深度处理车间一座，出水标准由一级A提高到准四类，工期300日历天。
3.投标人资格：具备市政公用工程施工总承包二级及以上资质。
4.投标文件递交截止时间：2025年7月11日9时30分。
5.联系方式
招标人：禾城市水务集团有限公司　联系人：姜工　电话：0573-8820314
代理机构：禾信工程咨询有限公司　联系人：宋工　电话：0573-8860217
""",
    ),
    dict(
        slug="tender-luoshan-quail-result-text",
        site="洛山政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ccgp.luoshan.example.gov.cn/cggg/zbgg/202503/t20250327_4012.html",
        title="洛山县鹌鹑养殖产业帮扶项目种苗采购中标结果公告",
        record_title="洛山县鹌鹑养殖产业帮扶项目种苗采购中标结果公告",
        date="2025-03-27",
        notes="result notice with a result table; 公告期限; 文号 neutral; glued 打印 action after a sentence",
        page="""
!m 洛山县政府采购网
!m 位置：首页 > 采购公告 > 中标公告
{T}
项目编号：LSCG-2025-017
{BODY}
!l 上一条：洛山县中小学课桌椅采购更正公告
!l 下一条：洛山县城区环卫车辆采购招标公告
!m 政府采购监督电话：0379-6621109
""",
        body="""
一、项目名称：洛山县鹌鹑养殖产业帮扶项目种苗采购
二、中标信息
供应商名称　中标金额　交货期
洛阳丰禽种苗有限公司　38.6万元　30日
三、主要标的：朝鲜龙城蛋用鹌鹑种苗6万羽。⟦a 【打印本页】⟧
四、公告期限：自本公告发布之日起1个工作日。
采购人：洛山县农业农村局　联系电话：0379-6623017
洛山县农业农村局
2025年3月27日
""",
    ),
    dict(
        slug="lawfirm-mingde-marriage-registry-text",
        site="明德律师事务所 (invented)",
        style="律所网站",
        genre="普法",
        kind="other",
        form="text",
        source="http://www.mingdelaw.example.cn/pufa/2025/hunyin-dengji.html",
        title="结婚登记取消户口簿要求后，需要带什么材料？",
        record_title="法治课堂丨结婚登记取消户口簿要求后，需要带什么材料？",
        date=None,
        notes="law-firm blog article; no date; not-legal-advice notice; consult prompt with phone",
        page="""
!m 明德律师事务所　MINGDE LAW FIRM
!m 首页 · 律师团队 · 业务领域 · 普法园地 · 联系我们
{T}
!m 作者：唐若琳律师　栏目：婚姻家事
{BODY}
!d 本文仅为普法之用，不构成对具体案件的法律意见。
!w 婚姻家事咨询请致电 0731-8829 5566 或预约到所面谈
!l 推荐阅读：离婚冷静期怎么算？　彩礼返还的三种情形
""",
        body="""
根据新修订的《婚姻登记条例》，内地居民办理结婚登记不再需要出具户口簿，也不受户籍地限制，可以在全国任一婚姻登记机关办理。
双方当事人需要共同到场，并携带以下材料：
1.本人有效的居民身份证；
2.本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明。
此外，建议提前通过民政部门的预约平台预约时间，减少现场等待。
""",
    ),
    dict(
        slug="lawfirm-zhengxin-notary-faq-html",
        site="正信律师网 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhengxinlvshi.example.com/article/notary-1147.html",
        title="委托公证办理流程及常见问题",
        record_title="委托公证办理流程及常见问题 - 正信律师网",
        date="2025-02-18",
        notes="law-firm site; floating consult box; lawyer card; 发布时间 as the page date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>委托公证办理流程及常见问题 - 正信律师网</title>
<script src="/im/chat.js"></script></head>
<body><div class="hd">⟦m 正信律师网⟧ ⟦m 专业·诚信·高效⟧</div>
<div class="nav">⟦m 首页　律所简介　专业领域　律师团队　成功案例　法律文书⟧</div>
<div class="article"><h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025年02月18日　浏览：389次⟧</div>
{BODY}
</div>
<div class="card">⟦m 主办律师：韩启东　执业证号13301201910117724⟧</div>
<div class="chat">⟦w 免费咨询　律师5分钟内回复⟧</div>
<div class="ft">⟦d 网站部分图片来源于网络，如有侵权请告知。⟧ ⟦m 地址：杭城市滨江路88号正信大厦12层⟧</div>
</body></html>
""",
        body="""
问：委托公证需要本人到场吗？
答：需要。委托人必须本人亲自到公证处申请办理，不能由他人代办。
问：需要准备哪些材料？
答：委托人的身份证、受托人的身份证复印件，以及与委托事项有关的材料，例如房产证、车辆登记证等。
问：多久能拿到公证书？
答：材料齐全的，一般在受理后5个工作日内出具公证书；情况复杂的可能延长。
""",
    ),
]

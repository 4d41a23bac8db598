"""holdout225, part B: a blog, WeChat mirrors, document-sharing pages, education portals,
intranets and Q&A sites. Every case written by hand; everything invented."""

CASES = [
    dict(
        slug="blog-laozhou-meter-reader-wrapped",
        site="老周的电工日志 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://laozhou-dg.example.blog/post/2024/07/14/chaobiao15nian",
        title="抄表十五年，我见过的那些电表",
        record_title="抄表十五年，我见过的那些电表 | 老周的电工日志",
        date="2024-07-14",
        notes="blog post hard-wrapped at 56 columns; the 发布于 byline is the page's date; a tip-jar line glued after a 。; tag, archive and comment chrome below",
        page="""
!m 老周的电工日志
!m 一个基层电工的碎碎念
!m 首页 ｜ 日志 ｜ 相册 ｜ 留言板
{T}
!m 发布于 2024-07-14 21:06 ｜ 分类：工作札记 ｜ 阅读(412) ｜ 评论(9)
{BODY}
!l 标签：抄表 电表 供电所
!l ← 较早的文章：梅雨天巡线记
!l 较新的文章：教我妈用手机交电费 →
!l 发表评论　昵称（必填）　邮箱（不公开）
!m 本博客文章均为原创 · 转载请联系老周
""",
        wrap=56,
        gap=True,
        body="""
从2009年进供电所当抄表员，到今年转岗做计量班长，算起来跟电表打交道整整十五年了。
刚上班那几年，抄的都是机械表，一个转盘转得飞快。每到月底，我背着本子挨家挨户爬楼，一天要抄两百多户，遇到家里没人，还得约时间再跑一趟。⟦a （觉得写得还行，可以请老周喝杯茶☕）⟧
后来换成了电子式电表，读数清楚多了，但还是要人工抄。直到2016年前后，智能电表普及，数据能远程传回来，抄表员这个岗位才慢慢少了。
现在回头看，电表的变化其实就是基层服务变化的缩影：人少跑腿，群众少操心。
""",
    ),
    dict(
        slug="wechat-mangzhou-post-pledge-postbox",
        site="漭州邮政 account, mirrored on 微阅存档 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wx.weiyue-cd.example.com/s/mzyz/20250305_2",
        title="关于爱护街头邮筒的倡议书",
        record_title=None,
        date="2025-03-04",
        date_also=["2025-03-05"],
        notes="WeChat mirror, no record title (the title is the <h1>); a follow prompt glued before the salutation; the account line's date differs from the 成文日期; the body's 留言反映 via the account stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta property="og:title" content="关于爱护街头邮筒的倡议书">
<title>微阅存档 - 公众号文章备份</title>
<script src="/assets/wy-lazyimg.js"></script>
</head><body>
<div class="mirror-bar">⟦m 微阅存档 · 公众号文章备份⟧ <a href="/">⟦m 返回首页⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创⟧ ⟦m 漭州邮政⟧ ⟦m 2025年03月05日 17:30 河南⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
<p style="text-align:center">⟦m 图文：市场部　|　责编：韦佳琪⟧</p>
</div>
<div class="reward">⟦a 喜欢作者⟧</div>
<div class="bottom-bar">⟦a 阅读原文⟧　⟦l 阅读 2384⟧　⟦l ♥ 在看 56⟧</div>
<div class="qr">⟦m 长按识别二维码，关注漭州邮政⟧</div>
</div>
<div class="mirror-foot">⟦d 微阅存档仅作备份浏览，文章版权归原公众号所有⟧</div>
</body></html>
""",
        p_html='<section style="line-height:1.75em"><p>{}</p></section>',
        body="""
⟦a 点击蓝字“漭州邮政”，关注我们不迷路⟧广大市民朋友：
街头的一只只绿色邮筒，是城市邮政服务的窗口，也是许多人书信记忆的见证。近年来，我市部分邮筒出现被乱贴广告、塞入垃圾、人为损坏等情况，影响了正常使用。为此，我们倡议：
一、不在邮筒上张贴、涂画小广告；
二、不向投信口内丢弃垃圾、烟头等杂物；
三、发现邮筒损坏或被占用，请及时拍照，关注“漭州邮政”公众号后在后台留言反映，我们将在两个工作日内处理；
四、多写一封信，把邮筒用起来。
爱护邮筒，就是守护城市的温度。让我们从身边做起！
漭州市邮政分公司
2025年3月4日
""",
    ),
    dict(
        slug="wechat-xishui-fire-flask-safety",
        site="郗水消防 account, mirrored on 公号拾页 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="http://www.gongshao-sy.example.net/a/xsxf/2024-12-06/11872.html",
        title="热水瓶胆炸裂伤人？冬季使用暖瓶记住这几点",
        record_title="郗水消防 » 热水瓶胆炸裂伤人？冬季使用暖瓶记住这几点",
        date="2024-12-06",
        notes="WeChat mirror: account prefix with » in the record title; the account line's date is the page's date; a numbered list; a star prompt at the top and a 在看/分享 row and a QR line under the body",
        page="""
!m 公号拾页 · 收好每一篇好文
!t 热水瓶胆炸裂伤人？冬季使用暖瓶记住这几点
!m 郗水消防　　2024-12-06 18:02　　发表于陕西
!a 👆 点上方“郗水消防”→右上角“···”→设为星标
{BODY}
!m 来源：郗水县消防救援大队　编辑：梁萌
!l 转发　　在看　　点赞
!m 扫码关注郗水消防，安全知识天天有
!d 本页由公号拾页自动抓取生成，如有侵权请联系删除
""",
        body="""
入冬以来，我县已发生两起热水瓶胆破裂致人烫伤的事故。热水瓶虽小，用不好也有危险。消防员提醒大家注意以下几点：
1.新瓶第一次灌开水前，先倒入少量温水预热，防止瓶胆骤热炸裂。
2.灌水不要太满，离瓶口留出一两厘米，塞子轻轻放上，不要用力按压。
3.热水瓶要放在儿童够不着的地方，不要放在桌边、床头等容易碰倒的位置。
4.瓶胆出现裂纹、保温变差时要及时更换，不要继续使用。
如果不慎烫伤，应立即用流动的冷水冲洗15到20分钟，再及时就医。
""",
    ),
    dict(
        slug="docshare-yunji-contract-floor-heating-template",
        site="云笈文档分享 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.yunji-doc.example.com/d/hetong/660418.html",
        title="地暖安装工程施工合同（范本）",
        record_title="地暖安装工程施工合同（范本）（A4排版·可直接套用）- 云笈文档分享",
        date=None,
        notes="a contract template with ＿＿ blanks, ×× placeholders, 第N条 articles and a ＿＿年＿＿月＿＿日 signature date (no date); an upload notice; an edit-this-clause button glued after a 。; a login-to-download line between articles",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>地暖安装工程施工合同（范本）（A4排版·可直接套用）- 云笈文档分享</title>
<script src="/js/yunji-preview.min.js" async></script>
<link rel="stylesheet" href="/css/share.min.css">
</head><body>
<div class="hd"><span class="logo">⟦m 云笈文档分享⟧</span><span class="slogan">⟦m 好文档，一起用⟧</span>
<a href="/upload">⟦a 我要上传⟧</a> <a href="/u/login">⟦a 笈友登录⟧</a></div>
<div class="crumb">⟦m 首页 / 合同范本 / 建设工程合同⟧</div>
<div class="doc">
<h1>{T}</h1>
<div class="meta">⟦m 分享者：笈友_木子　分享于：5 天前　大小：36KB　下载：318次⟧</div>
<div class="notice">⟦d 本文档由笈友自行上传分享，云笈文档分享仅提供存储与展示，不对其法律效力负责⟧</div>
<div class="content">
{BODY}
</div>
<div class="btns"><a>⟦a 下载此合同（Word）⟧</a> <a>⟦a 收藏⟧</a> <a>⟦a 举报⟧</a></div>
</div>
<div class="side"><h4>⟦l 同类合同⟧</h4><ul><li>⟦l 家庭装修水电改造合同⟧</li><li>⟦l 壁挂炉采购安装合同⟧</li></ul></div>
<div class="ft">⟦m 云笈文档分享 yunji-doc.example.com　苏ICP备20031872号-1⟧</div>
</body></html>
""",
        body="""
发包方（甲方）：＿＿＿＿＿＿
承包方（乙方）：××地暖工程有限公司
第一条　工程地点：××市××区××小区＿＿栋＿＿单元＿＿室，地暖铺设面积＿＿平方米。
第二条　工程内容：保温层铺设、地暖盘管敷设、分集水器安装、打压试验及回填。
第三条　工程价款：每平方米＿＿元，合计人民币＿＿＿＿元。开工前甲方预付30%，验收合格后付清余款。⟦a ✎ 在线改写本条⟧
⟦a 登录笈友账号后，可免费下载完整合同⟧
第四条　质量保修：地暖管道保修期为＿＿年，分集水器保修期为＿＿年。保修期内因施工质量造成漏水的，由乙方负责维修并赔偿损失。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字之日起生效。
甲方（签字）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-fengyu-request-flasks-markers",
        site="丰语文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="text",
        source="https://www.fengyu-wd.example.net/p/20241120/33071.html",
        title="关于购置敬老院热水瓶及保温桶的请示",
        record_title="关于购置敬老院热水瓶及保温桶的请示.doc",
        date="2024-11-18",
        notes="file-name record title; a converter's page markers ⎆ 第n页 ⎆ on lines of their own cut sentences; 成文日期 in Chinese numerals",
        page="""
!m 丰语文档 | 文档分享平台
!t 关于购置敬老院热水瓶及保温桶的请示.doc
!m 分享人：基层小语　｜　共2页　｜　上传于 2024-11-20
!a 免费下载　｜　放入文集　｜　分享给好友
{BODY}
!a 文档转换自 Word，排版以下载后为准
!l 你可能还需要：关于申请敬老院冬季取暖经费的请示　｜　敬老院物资采购管理制度
!d 丰语文档所有资源来自网友分享，版权归原作者，若有侵权请发送邮件告知
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⎆ 第{n}页 ⎆", every=75, start=2),
        body="""
县民政局：
入冬以来，我乡敬老院供养的38位老人日常饮水主要依靠热水瓶。经清点，院内现有热水瓶45只，其中瓶胆破损或保温失效的有19只，部分老人夜间只能喝凉水。
为保障老人冬季饮水需求，我乡拟购置热水瓶40只、不锈钢保温桶6只，预计需资金4800元。我乡已自筹1800元，尚缺3000元。
特申请县民政局给予补助3000元，专项用于上述物品购置。
妥否，请批示。
汨塘乡人民政府
二〇二四年十一月十八日
""",
    ),
    dict(
        slug="edu-yinchuan-notice-dorm-flasks",
        site="溵川县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yinchuan.example.gov.cn/tzgg/202411/t20241126_9127.html",
        title="关于做好冬季学生宿舍热水瓶安全管理工作的通知",
        record_title="【安全提醒】关于做好冬季学生宿舍热水瓶安全管理工作的通知 - 溵川县教育信息网",
        date="2024-11-25",
        date_also=["2024-11-26"],
        notes="education portal: 适老版/读屏 links, an attachment download link, a technical-support line beside the notice's own 联系人/电话/邮箱; 请各校下载附件 stays; 附件 list; page date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【安全提醒】关于做好冬季学生宿舍热水瓶安全管理工作的通知 - 溵川县教育信息网</title>
<script src="/assets/js/main.js"></script>
</head><body>
<div class="top">⟦a 适老版⟧ ⟦a 读屏⟧ ⟦a 简/繁⟧ ⟦m 溵川县教育局主办⟧</div>
<div class="logo">⟦m 溵川县教育信息网⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 教育要闻⟧ ⟦m 通知公告⟧ ⟦m 政策法规⟧ ⟦m 校园安全⟧ ⟦m 招生考试⟧</div>
<div class="path">⟦m 您在这里：首页 → 通知公告 → 正文⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="info">⟦m 发布：2024-11-26　科室：安全股　点击：1156⟧</p>
<div class="txt">
{BODY}
</div>
<div class="fj">⟦a 相关附件点此获取：⟧<a href="/upload/2024/1126/fj1.xlsx">⟦a 附件1.xlsx⟧</a> <a href="/upload/2024/1126/fj2.docx">⟦a 附件2.docx⟧</a></div>
<div class="pn">⟦l 上一篇：关于开展中小学消防安全疏散演练的通知⟧<br>⟦l 下一篇：溵川县2024年秋季学期学生资助工作安排⟧</div>
</div>
<div class="foot">⟦m 溵川县教育局　地址：溵川县城关镇育才路6号⟧<br>⟦m 技术支持：溵川县教育信息中心　电话：0915-6631100⟧<br>⟦m 陕ICP备08012471号-2⟧</div>
</body></html>
""",
        body="""
各中小学校：
近期气温骤降，学生宿舍热水瓶使用频繁，极易发生烫伤事故。为切实保障学生安全，现将有关事项通知如下。
一、各校要组织宿管人员对宿舍热水瓶逐间检查，瓶胆破裂、瓶塞缺失的一律停用更换。
二、热水瓶统一放置在宿舍门后固定架上，严禁放在床铺和过道上。
三、班主任要利用班会课开展一次防烫伤安全教育。
请各校下载附件1，检查后填写汇总，于12月6日前报送县教育局安全股。
联系人：邰婷婷　电话：0915-6631207　邮箱：yinchuanjyaq@163.example.com
附件：1.学生宿舍热水瓶安全检查汇总表
2.防烫伤安全教育参考教案
溵川县教育局
2024年11月25日
""",
    ),
    dict(
        slug="edu-yinchuan-school-meter-plan-decimal",
        site="溵川县第二中学 on 溵川教育云 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://edu.yinchuan-yun.example.cn/school/ycez/hqgl/2024/0706/553.html",
        title="溵川县第二中学学生宿舍智能电表改造工作方案",
        date="2024-07-05",
        notes="record title as is; decimal headings 1 / 1.1 / 2.1; a 'share to class group' button glued at a line's start; the education cloud's chrome around it",
        page="""
!m 溵川教育云 · 校园频道
!m 溵川县第二中学 ＞ 后勤管理 ＞ 工作方案
{T}
!m 发布者：后勤处　　浏览：203　　更新：2024-07-08
!a 〔分享到班级群〕〔打印〕
{BODY}
!l 附：学生宿舍用电安全告知书
!l 返回栏目列表
!m 溵川教育云平台　技术服务：0915-6630088
""",
        body="""
1 改造目标
1.1 将学生宿舍现有机械电表全部更换为智能预付费电表，实现用电分户计量、超功率自动断电。
1.2 8月25日前完成改造，保证秋季开学正常使用。
2 实施安排
2.1 7月上旬由后勤处完成宿舍电路和表箱摸排，建立台账。
⟦a 〔转发至教师群〕⟧2.2 7月中旬至8月中旬由中标单位分楼栋施工，每栋施工期不超过10天。
2.3 8月下旬组织验收，逐间试用断电保护功能。
3 保障措施
3.1 成立由副校长任组长的改造工作小组，后勤处具体负责。
3.2 施工期间宿舍楼实行封闭管理，严禁学生进入施工区域。
溵川县第二中学
2024年7月5日
""",
    ),
    dict(
        slug="oa-chengdong-minutes-meter-rotation",
        site="城东供电所协同办公 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.chengdong-gds.example.local/doc/view.do?id=20241016-0072",
        title="城东供电所电表轮换专题会议纪要",
        record_title="〔专题纪要·存档〕城东供电所电表轮换专题会议纪要 ｜ 城东所OA",
        date="2024-10-16",
        notes="OA document view with 流转记录, read count and sign/forward buttons; the minutes' 时间 line gives the date; 时间/地点/主持/参会/记录 lines stay in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔专题纪要·存档〕城东供电所电表轮换专题会议纪要 ｜ 城东所OA</title>
<script src="/oa/js/flow.js"></script>
<link rel="stylesheet" href="/oa/css/doc.css"></head><body>
<div class="oa-head">⟦m 城东供电所协同办公平台⟧ <span>⟦m 当前用户：营业班 鄄敏⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-tabs">⟦m 待办(3)⟧ ⟦m 已办⟧ ⟦m 公文查阅⟧ ⟦m 通讯录⟧</div>
<div class="doc-bar"><button>⟦a 签收⟧</button> <button>⟦a 转阅他人⟧</button> <button>⟦a 导出正文⟧</button></div>
<div class="doc">
<h2>{T}</h2>
<p class="doc-info">⟦m 拟稿：综合班　审核：韩志强　阅读次数：27⟧</p>
<div class="doc-body">
{BODY}
</div>
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<table><tr><td>⟦m 2024-10-17 09:12 综合班 拟稿⟧</td></tr>
<tr><td>⟦m 2024-10-17 10:40 韩志强 审核通过⟧</td></tr>
<tr><td>⟦m 2024-10-17 11:05 分发至：计量班、营业班、各台区⟧</td></tr></table></div>
<div class="oa-foot">⟦d 本页内容仅限所内传阅⟧ ⟦m 信息运维：分机 8016⟧</div>
</body></html>
""",
        body="""
时间：2024年10月16日上午9:00
地点：所部三楼会议室
主持：韩志强
参会：计量班、营业班、城东台区经理共11人
记录：鄄敏
会议听取了计量班关于四季度电表轮换计划的汇报，研究了有关事项。纪要如下：
一、四季度计划轮换到期电表1860只，11月底前完成。
二、轮换前由台区经理提前三天通知用户，轮换时拍照留存新旧表底数。
三、营业班负责在系统中同步更新表计档案，做到当日换表、当日归档。
四、对独居老人用户，换表后上门讲解新表读数方法。
""",
    ),
    dict(
        slug="intranet-hengwen-bulletin-flask-breakage",
        site="恒温日用内网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.hengwen-ry.example.local/zhiliang/tb/2024-10-09.html",
        title="关于三季度瓶胆破损率超标情况的通报",
        record_title="〔质量通报〕关于三季度瓶胆破损率超标情况的通报 - 恒温日用内网",
        date="2024-10-09",
        notes="intranet bulletin with a data table one row a paragraph; a read-receipt button between paragraphs; login and IT-desk lines",
        page="""
!m 恒温日用内网　|　欢迎您，质检部 梁敏
!m 内网首页 > 质量管理 > 质量通报
!t 〔质量通报〕关于三季度瓶胆破损率超标情况的通报
!m 发文部门：质量管理部　　已读 46 / 未读 12
{BODY}
!a 【回执】我已阅读本通报
!l 相关通报：二季度产品抽检情况通报 ｜ 关于加强退火工序管理的通知
!m 内网故障请拨信息中心 8207
""",
        body="""
各车间、质检部：
三季度，公司热水瓶瓶胆破损率为2.8%，超过公司控制目标1.3个百分点。现将有关情况通报如下。
车间　产量（只）　破损（只）　破损率
一车间　42000　714　1.7%
二车间　38500　1540　4.0%
三车间　40200　1126　2.8%
⟦a 〔点此标记为已读〕⟧
经查，二车间破损率偏高，主要原因是新招员工较多、退火工序温度控制不稳。
公司要求二车间在10月底前完成员工复训，质检部每日抽检退火记录。四季度破损率仍超标的，扣减车间当季绩效。
郗水恒温日用品有限公司质量管理部
2024年10月9日
""",
    ),
    dict(
        slug="qa-linli-rice-bin-weevils",
        site="邻里问问 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.linliww.example.com/q/7730215.html",
        title="米缸里生了米虫怎么办？",
        record_title=None,
        date=None,
        notes="Q&A page, no record title: the question is the title; an adopted-answer badge, a vote row glued after the last step, more answers below; 回答于 3 天前 is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>邻里问问 - 生活里的问题，邻居来答</title>
<script>document.domain="linliww.example.com";</script>
</head><body>
<div class="nav">⟦m 邻里问问⟧ <a>⟦m 首页⟧</a> <a>⟦m 家居⟧</a> <a>⟦m 美食⟧</a> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="question">
<h1>{T}</h1>
<p class="q-meta">⟦m 提问者：岢头小麦　｜　浏览 5213 次　｜　分类：居家生活⟧</p>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="answerer">⟦m 答主：灶台边的老陈　｜　回答于 3 天前⟧</div>
<div class="answer-body">
{BODY}
</div>
<div class="actions">⟦a 评论(4)　收藏　举报⟧</div>
</div>
<div class="others"><h3>⟦l 其他 2 条回答⟧</h3>
<p>⟦l 放几瓣大蒜就行，我家一直这么弄⟧</p>
<p>⟦l 米别放厨房，灶台边太热⟧</p></div>
<div class="related"><h3>⟦l 相关问题⟧</h3><p>⟦l 面粉生虫了还能吃吗？⟧</p><p>⟦l 陶瓷米缸和塑料米桶哪个好？⟧</p></div>
<div class="ft">⟦m 邻里问问 ©2024　京ICP备21003187号⟧</div>
</body></html>
""",
        body="""
米缸生虫很常见，处理起来也不难，按下面几步来：
1. 把米全部倒出来，摊在阴凉通风处晾两三个小时，米虫怕光，会自己爬走。不要放在太阳下暴晒，米会变脆。
2. 把米缸洗净擦干，最好用开水烫一遍，彻底晾干后再装米。
3. 在米里放几包花椒或几瓣大蒜，用纱布包好，能起到驱虫作用。
4. 以后买米少买勤买，一次够吃一个月就行，米缸放在阴凉干燥处，缸口盖严。⟦l 👍 有用 126　👎 没用 3⟧
如果米已经结块、发霉或有异味，就别再吃了。
""",
    ),
    dict(
        slug="qa-zhilin-meter-runs-fast",
        site="知邻问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.zhilin.example.com/question/4418207",
        title="家里电表走得特别快，是不是电表有问题？",
        record_title="家里电表走得特别快，是不是电表有问题？ - 知邻问答",
        date=None,
        notes="Q&A: the question decorated with - site; an answerer card; an 'edited 2 天前' aside glued after a 。; vote and share rows; no date",
        page="""
!m 知邻问答 - 有问题，问知邻
!t 家里电表走得特别快，是不是电表有问题？
!m 关注者 38 ｜ 被浏览 6,702
!a 写回答　邀请回答　关注问题
!m 电力老哥 · 供电所十年老员工
!m 12 人赞同了该回答
{BODY}
!m 编辑于 2 天前 · 著作权归作者所有
!l ▲ 赞同 12　　💬 3 条评论　　↗ 分享　　☆ 收藏
!l 查看全部 5 个回答
""",
        body="""
先别急着怀疑电表，可以按这个顺序自己排查一下：
第一步，把家里所有电器关掉，拔掉插头，看电表指示灯是否还在闪。如果还闪，可能是线路有漏电，要请电工检查。
第二步，如果不闪，再逐个打开电器，看哪个电器耗电大。很多人家里电热水器、电暖器一开一整天，电费自然高。⟦m （答主补充于评论区）⟧
第三步，如果确实怀疑电表不准，可以向当地供电公司申请校验。校验如果发现电表超差，供电公司会退补电费；如果电表正常，个别地方要收取一定的校验费。
一般来说，智能电表出错的情况很少，电费高多半还是用电习惯的问题。
""",
    ),
]

"""holdout208, part F: company sites, training schools, search snapshots, print views and forwarded mail.

Invented text throughout; see ../README.md and ../build.py for the markup. Every case written by hand.
"""

CASES = [
    dict(
        slug="company-shaiyou-news-quiet-airer-certification",
        site="晒优智能家居官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.shaiyou-home.com/news/company/20251016-73.html",
        title="公司新一代静音电动晾衣机通过安全认证",
        record_title="集团动态 | 公司新一代静音电动晾衣机通过安全认证 | 晒优智能家居官网",
        record_date="2025-10-16",
        date="2025-10-16",
        notes="company site: cookie notice, service float, 400 line beside the company's own sales line in the body; the record gives the date; a product ad between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>集团动态 | 公司新一代静音电动晾衣机通过安全认证 | 晒优智能家居官网</title>
<script src="/static/js/site.8d2e.js"></script>
</head>
<body>
<header><a class="logo">⟦m 晒优智能家居⟧</a><nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 集团动态⟧ ⟦m 服务支持⟧ ⟦m 加盟合作⟧ ⟦m 关于晒优⟧</nav></header>
<div class="crumb">⟦m 首页 / 集团动态 / 公司新闻⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 2025.10.16　品牌中心　浏览 1204⟧</div>
<div class="content">
{BODY}
</div>
<div class="pager">⟦l ‹ 上一条：晒优亮相2025家居智造博览会⟧　⟦l 下一条：晒优襟川生产基地二期封顶 ›⟧</div>
</article>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续访问即表示同意《隐私说明》⟧<button>⟦a 知道了⟧</button></div>
<div class="kefu">⟦a 在线客服⟧<br>⟦a 预约安装⟧</div>
<footer>⟦m 全国售后服务热线：400-096-1717⟧　⟦m 襟川县晒优智能家居有限公司　陇ICP备20017702号-1⟧</footer>
</body>
</html>
""",
        body="""
近日，公司自主研发的新一代静音电动晾衣机通过国家认可检测机构的安全认证，取得产品认证证书。
新产品采用直流无刷电机，升降运行噪声降至38分贝以下，比上一代产品降低约三分之一；增加了遇阻停止和过载保护双重保护功能，晾杆在升降中碰到障碍物会立即停止并回升。
⟦a 〔新品预约〕静音款晾衣机现可登记首批体验名额 ›⟧
公司研发中心负责人介绍，此次认证涵盖电气安全、机械强度、电磁兼容等多个项目，测试历时两个多月。
目前，新产品已在襟川生产基地投产，预计11月上市。产品咨询可拨打公司销售热线0962-6188021。
""",
    ),
    dict(
        slug="company-zhiqing-recall-robot-vacuum-dock-batches",
        site="智清电器官网 (invented, text)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.zhiqing-dq.com/gonggao/2025-08-08-recall.html",
        title="关于召回部分批次扫地机器人充电座的公告",
        record_title="智清电器 · 公告 ▏关于召回部分批次扫地机器人充电座的公告",
        date="2025-08-08",
        notes="company text: the title repeated and glued to the first sentence; batches table; the recall line beside the 400 order line; following the service account as content",
        page="""
!m 智清电器　让家更清爽
!m 首页　产品　服务　公告　关于我们
!t 智清电器 · 公告 ▏关于召回部分批次扫地机器人充电座的公告
!m 发布：智清电器客户服务中心　｜　阅读 4410
{T}{BODY}
!m 购机热线：400-096-3535　　官方商城：mall.zhiqing-dq.com
!d © 2025 襟川县智清电器有限公司 保留所有权利
""",
        body="""
我公司在售后数据分析中发现，部分批次扫地机器人的充电座电源适配器存在绝缘层厚度不足的问题，在潮湿环境下长期使用可能引发漏电，存在安全隐患。根据有关规定，我公司决定自2025年8月15日起召回以下批次产品的充电座。
产品型号　生产批次　数量（台）
ZQ-S6　20250311至20250402　3120
ZQ-S6 Pro　20250318至20250409　1486
用户可通过产品底部铭牌查询型号和批次，拨打召回专线0962-6199310或关注公司服务号登记，公司将免费上门更换新充电座。
更换前，请暂停使用充电座，或将其放置在干燥通风处并有人看管时使用。由此给您带来的不便，我们深表歉意。
襟川县智清电器有限公司
2025年8月8日
""",
    ),
    dict(
        slug="training-qiaocai-brochure-steamer-course-table",
        site="巧裁职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaocaipx.com/zhaosheng/zhengtang.html",
        title="服装整烫（挂烫机）技能短训班招生简章",
        record_title="服装整烫（挂烫机）技能短训班招生简章〖腊月开班〗_巧裁职校",
        date=None,
        notes="training school: promo banner, consult float, 400 line beside the brochure's own 报名电话; course table; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>服装整烫（挂烫机）技能短训班招生简章〖腊月开班〗_巧裁职校</title>
<script src="/js/px.js"></script>
</head>
<body>
<div class="px-banner">⟦a 🎉 腊月报名立减200元，老学员带新再送熨烫手套 🎉⟧</div>
<div class="px-head">⟦m 巧裁职业培训学校⟧　⟦m 学一门手艺，端稳一只饭碗⟧</div>
<div class="px-nav">⟦m 学校首页⟧ ⟦m 热门课程⟧ ⟦m 师资力量⟧ ⟦m 学员风采⟧ ⟦m 在线报名⟧</div>
<div class="px-main">
<h1>{T}</h1>
<div class="px-meta">⟦m 课程顾问：祁老师　浏览 742⟧</div>
<div class="px-body">
{BODY}
</div>
</div>
<div class="px-float">⟦w 课程顾问在线，点我领试听名额⟧<br>⟦w 微信 qiaocai_px⟧</div>
<div class="px-foot">⟦m 招生咨询热线：400-096-7270⟧　⟦m 巧裁职业培训学校　办学许可证号：教民162090270000021号⟧</div>
</body>
</html>
""",
        body="""
一、培养目标
面向服装门店、干洗店、酒店布草间从业人员及有意从事相关工作的人员，培养能够熟练、安全使用挂烫机完成各类服装整烫的技能人才。
二、课程内容
模块　内容　课时
安全与保养　挂烫机结构、安全检查、除垢保养　4
基础整烫　衬衫、T恤、连衣裙整烫　8
进阶整烫　西装、大衣、真丝面料整烫　8
三、开班时间：每月第一个周一开班，每期15天，学员结业考核合格后颁发培训证书。
四、收费标准：每人1280元（含材料费），登记失业人员可申请职业培训补贴。
报名地址：裾水县绉田镇新华路18号　报名电话：0964-5166230
""",
    ),
    dict(
        slug="training-jiaxiu-teaching-plan-robot-vacuum-repair-list",
        site="家修匠技能培训中心 (invented, text)",
        style="培训机构",
        genre="教学计划",
        kind="other",
        form="text",
        source="http://www.jiaxiujiang.cn/kecheng/saodiji.html",
        title="扫地机器人维修与保养培训班教学计划",
        record_title="【实操课】扫地机器人维修与保养培训班教学计划·家修匠",
        date=None,
        notes="training school text: numbered list 1.–5.; enrol box and consult line; a trial-lesson prompt between paragraphs; no date",
        page="""
!m 家修匠技能培训中心
!m 家电维修　家政保洁　水电安装
!t 【实操课】扫地机器人维修与保养培训班教学计划
{T}
!m 课程编号：JXJ-0932　｜　招生中
{BODY}
!a 〖马上报名〗　〖预约试听〗　〖下载课程表〗
!w 课程咨询：微信 jiaxiujiang88 ／ 电话 13919685037
!m 家修匠技能培训中心　裳溪县城关镇人民街66号
""",
        body="""
一、培训对象：具有一定电工基础、有意从事扫地机器人售后维修的人员，每期20人。
二、培训目标：掌握扫地机器人常见故障的判断和维修方法，能独立完成拆装、部件更换和基本调试。
三、课程安排
1.整机结构与拆装（8课时）：上盖、底盘、电池仓的拆装顺序和卡扣位置。
2.行走与清扫系统（8课时）：驱动轮、主刷、边刷电机故障判断与更换。
⟦a 〔免费试听〕第2单元每周六上午开放旁听，名额有限⟧
3.感知系统（6课时）：激光雷达、防跌落传感器、碰撞开关的检测与清洁。
4.电池与回充（6课时）：锂电池安全知识，回充失败常见原因排查。
5.综合实操与考核（12课时）。
四、考核方式：理论考试占30%，实操考核占70%，合格者颁发结业证书。
""",
    ),
    dict(
        slug="snapshot-xunji-market-tip-massage-gun-buying",
        site="寻迹搜索网页快照 (invented search engine)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="http://cache.xunjiso.com/c?u=www.mysscjgj.gov.cn/xfts/2025/1120/5512.html&k=筋膜枪",
        title="消费提示：选购筋膜枪要注意这几点",
        record_title="〔快照〕消费提示：选购筋膜枪要注意这几点_袂阳市市场监管局",
        date="2025-11-19",
        date_also=["2025-11-20"],
        notes="search-cache frame: capture banner with a capture time (no date), highlighted-terms line; the cached page's own nav and 发布时间; 12315 in the body beside the portal's 12345 line; date under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔快照〕消费提示：选购筋膜枪要注意这几点_袂阳市市场监管局</title>
</head>
<body>
<div class="xj-cache" style="border:1px solid #ccc;background:#f7f7f7">
<p>⟦m 寻迹快照：这是 www.mysscjgj.gov.cn/xfts/2025/1120/5512.html 在 2025-12-03 06:41 的存档⟧</p>
<p>⟦m 原网页可能已变化，寻迹与网页作者无关，不对其内容负责。⟧</p>
<p>⟦m 您搜的词已标亮：筋膜枪　选购⟧</p>
</div>
<div class="orig">
<div class="gov-top">⟦m 袂阳市市场监督管理局⟧　⟦a 读屏辅助模式⟧</div>
<div class="gov-crumb">⟦m 首页 &gt; 消费维权 &gt; 消费提示⟧</div>
<h1>{T}</h1>
<p class="gov-info">⟦m 发布时间：2025-11-20　来源：消费者权益保护科⟧</p>
<div class="gov-text">
{BODY}
</div>
<div class="gov-foot">⟦m 市民服务热线：12345⟧　⟦m 袂阳市市场监督管理局主办⟧</div>
</div>
</body>
</html>
""",
        body="""
随着运动健身人群增多，筋膜枪成为热门消费品。市场监管部门在近期检查中发现，部分产品存在虚标续航、无中文说明书等问题。为此，提醒广大消费者选购筋膜枪时注意以下几点：
一、看标识。选购时查看产品铭牌、说明书是否标明生产企业名称、地址、额定电压、电池容量等信息。
二、看配件。正规产品一般配有多种按摩头和原装充电器，不要使用不匹配的充电器充电。
三、理性选择。筋膜枪不能替代医疗器械，宣传“治疗颈椎病”“消除腰椎间盘突出”的产品涉嫌虚假宣传。
四、保留凭证。购买后保存好发票和购物记录，遇到质量问题可拨打12315投诉举报。
袂阳市市场监督管理局
2025年11月19日
""",
    ),
    dict(
        slug="snapshot-souyi-text-property-notice-robot-vacuum-corridor",
        site="搜易纯文本快照 (invented search engine, text-only cache)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://kz.souyi.cn/text?url=fsq-wuye.cn/gg/1201.html",
        title="关于扫地机器人在公共走廊试运行的通告",
        record_title="关于扫地机器人在公共走廊试运行的通告 ▪ 纯文本快照 ▪ 搜易",
        date="2025-12-01",
        notes="text-only cache: capture banner (no date), the property site's own nav; the property centre's own phone beside the site's hotline; date under the signature",
        page="""
!m 【搜易快照·纯文本】以下是 fsq-wuye.cn/gg/1201.html 于 2025-12-06 22:10 被抓取时的文字内容
!m 查看原网页　｜　查看带图快照
!m 衽山花园物业服务中心 | 首页 | 物业公告 | 缴费服务 | 报事报修
{T}
{BODY}
!m 24小时客服：0966-3279000
!m 衽山花园物业服务中心 版权所有
""",
        body="""
各位业主、住户：
为提升公共区域保洁效率，物业服务中心将于12月5日起在1号、2号楼各楼层公共走廊试运行商用扫地机器人，试运行期一个月。现将有关事项通告如下：
一、机器人每天清扫两次，时间为10:00至11:00、15:00至16:00，其余时间停放在各楼层设备间充电。
二、机器人配有避障和防跌落装置，运行速度较慢，请住户不要阻挡、踩踏或搬动机器人，并看管好儿童和宠物。
三、请勿在走廊堆放鞋柜、纸箱等杂物，以免影响机器人通行，也消除消防隐患。
试运行期间如有意见建议，请联系物业服务中心：0966-3279561。
绯城区衽山花园物业服务中心
2025年12月1日
""",
    ),
    dict(
        slug="print-jushui-bulletin-steamer-dry-cleaners-table",
        site="裾水县市场监督管理局网站 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjgj.jushuixian.gov.cn/print.jsp?id=40127",
        title="关于全县干洗店挂烫机等设备安全检查情况的通报",
        record_title="（可打印页）关于全县干洗店挂烫机等设备安全检查情况的通报",
        date="2025-09-29",
        notes="print view calling window.print(): print/close row, printed-at stamp (no date), source URL line and a print footer ⏤ 1 / 1 ⏤; a problems table; date under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>（可打印页）关于全县干洗店挂烫机等设备安全检查情况的通报</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body>
<div class="noprint">⟦a 【立即打印】　【关掉窗口】⟧</div>
<div class="pr-head">⟦m 裾水县市场监督管理局⟧</div>
<h2 align="center">{T}</h2>
<div class="pr-body">
{BODY}
</div>
<div class="pr-meta">⟦m 本页地址：http://scjgj.jushuixian.gov.cn/tzgg/40127.html⟧<br>⟦m 打印于 2025-10-08 15:22⟧</div>
<div class="pr-foot">⟦p ⏤ 1 / 1 ⏤⟧</div>
</body>
</html>
""",
        body="""
各乡镇市场监管所，各干洗店经营者：
9月，县市场监管局联合县消防救援大队对全县52家干洗店开展了设备安全检查，重点检查挂烫机、熨烫台、烘干机等设备的使用和维护情况。现将检查情况通报如下。
检查发现问题38处，主要情况如下：
问题类型　数量（处）　整改期限
挂烫机电源线破损老化　11　立即整改
插线板串接使用　14　3日内
挂烫机旁堆放可燃物　9　立即整改
未建立设备保养记录　4　7日内
对检查发现的问题，已当场下达整改通知书。各干洗店要举一反三，每日营业结束后切断挂烫机等设备电源。县市场监管局将于10月中旬组织复查。
裾水县市场监督管理局
2025年9月29日
""",
    ),
    dict(
        slug="print-sanzhong-request-commercial-toaster-canteen",
        site="袂阳市第三中学校园网 (invented, text print view)",
        style="打印页",
        genre="请示",
        kind="request",
        form="text",
        source="http://www.mysanzhong.cn/print.asp?id=2281",
        title="关于为学生食堂购置商用烤面包机的请示",
        record_title="关于为学生食堂购置商用烤面包机的请示（供打印·袂阳三中）",
        date="2025-02-24",
        notes="print view text: print stamp (no date), URL line, print footer 第1页 ⸽ 共1页; 成文日期 in Chinese numerals; the request's own 联系人/电话",
        page="""
!a 〖打印〗〖关闭〗
!m 袂阳市第三中学　办公室
{T}
{BODY}
!m 原文链接：http://www.mysanzhong.cn/bgs/2281.html
!m 打印时间：2025-03-01 10:22
!p 第1页 ⸽ 共1页
""",
        indent="\u3000\u3000",
        body="""
市教育局：
我校现有住校生1260人，学生食堂早餐长期以包子、稀饭为主，品种单一。根据学生和家长的意见，学校拟在早餐窗口增设吐司、三明治等品种，需购置商用烤面包机4台。
经市场询价，每台价格约3200元，共计12800元，拟从学校食堂设备更新经费中列支。
所购设备将选用具有食品接触材料合格证明的产品，由食堂专人操作，并纳入食堂设备安全管理台账。
妥否，请批示。
联系人：骆文涛　联系电话：0966-3312047
袂阳市第三中学
二〇二五年二月二十四日
""",
    ),
    dict(
        slug="mail-webmail-inquiry-letter-massage-gun-attachment-bar",
        site="袂阳云邮 (invented company webmail, reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.kangtu-trade.cn/read?mid=ZL3107-99a0&folder=INBOX",
        title="关于采购员工福利筋膜枪的询价函",
        record_title="FW：关于采购员工福利筋膜枪的询价函（盖章版）.pdf",
        date="2025-11-11",
        date_also=["2025-11-12"],
        notes="webmail reading view: folder list, toolbar, forwarded header with send time, attachment bar next to the letter's own 附件 list; scanning and mailing the quote as content; the letter's date differs from the send date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>FW：关于采购员工福利筋膜枪的询价函（盖章版）.pdf - 袂阳云邮</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 袂阳云邮⟧　⟦m kangtu_sales@kangtu-trade.cn⟧　<a>⟦a 退出⟧</a></div>
<div class="wm-left"><p>⟦m 收件箱（12）⟧</p><p>⟦m 已发送⟧</p><p>⟦m 草稿箱⟧</p><p>⟦m 已删除⟧</p></div>
<div class="wm-read">
<div class="wm-tool">⟦a 回复　全部回复　转发　删除　标为未读⟧</div>
<h3>⟦t FW：关于采购员工福利筋膜枪的询价函（盖章版）.pdf⟧</h3>
<table class="wm-hd">
<tr><td>⟦m 发件人：计淑英 &lt;jishuying@shengfeng-tex.cn&gt;⟧</td></tr>
<tr><td>⟦m 收件人：kangtu_sales@kangtu-trade.cn⟧</td></tr>
<tr><td>⟦m 时间：2025年11月12日（星期三）上午9:16⟧</td></tr>
</table>
<div class="wm-fwd">⟦m -------- 转发的邮件 --------⟧</div>
<div class="wm-body">
<h2>{T}</h2>
{BODY}
</div>
<div class="wm-att">⟦a 附件（2 个）　询价清单.xlsx（15.2K）　供应商资格声明函.docx（22.8K）　预览　下载　打包下载⟧</div>
</div>
<div class="wm-foot">⟦m 袂阳云邮企业版 · 技术支持 0966-3300700⟧</div>
</body>
</html>
""",
        body="""
袂阳康途商贸有限公司：
为做好年终员工福利发放工作，我公司拟采购筋膜枪一批，现向贵公司询价，具体事项如下：
一、采购数量：筋膜枪160台，须配备不少于4个按摩头和收纳包。
二、技术要求：电池容量不低于2500毫安时，档位不少于5档，运行噪声不高于50分贝，提供产品检测报告。
三、报价要求：请于11月18日前将加盖公章的报价单扫描后发送至邮箱caigou@shengfeng-tex.cn，报价含税、含运费。
联系人：计淑英　电话：0966-3345870
附件：1.询价清单
2.供应商资格声明函
袂阳盛丰纺织有限公司综合办公室
2025年11月11日
""",
    ),
    dict(
        slug="mail-forward-text-letter-airer-install-cc-lines",
        site="祥和物业邮件转发 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:xianghe-wy@jushui-mail.cn?fwd=20250417",
        title="关于商请协助推进公租房电动晾衣机安装工作的函",
        record_title="Fw：【烦请阅办】关于商请协助推进公租房电动晾衣机安装工作的函",
        date="2025-04-16",
        date_also=["2025-04-17"],
        notes="forwarded mail text: mail headers with their own 抄送 line beside the letter's 抄送; the forwarder's note; the letter's date differs from the send date",
        page="""
!m 发件人：裾水县祥和物业服务有限公司 综合部 <zhb@xianghe-wy.cn>
!m 发送时间：2025年4月17日 10:05
!m 收件人：衽溪项目部 <renxi@xianghe-wy.cn>
!m 抄送：工程部 <gcb@xianghe-wy.cn>
!t 主题：Fw：【烦请阅办】关于商请协助推进公租房电动晾衣机安装工作的函
!m 衽溪项目部：县住保中心来函，请按要求配合安装，有问题直接找滕先生。——综合部 柯蔓
!m ---------- 原始邮件 ----------
!m 发件人：裾水县住房保障服务中心 <zbzx@jushui-zb.cn>
!m 日期：2025年4月16日 16:48
{T}
{BODY}
!d 此邮件含公司内部信息，如误收请立即删除并告知发件人。
""",
        body="""
裾水县祥和物业服务有限公司：
根据《裾水县公租房小区电动晾衣机采购项目合同》，我中心采购的260套电动晾衣机已于4月上旬到货，计划于4月21日至5月20日分批入户安装。为确保安装工作顺利进行，现商请贵公司协助做好以下工作：
一、提前在各楼栋张贴安装公告，协助通知住户预约安装时间。
二、为安装单位提供临时材料堆放点，并协调电梯使用。
三、安装期间安排专人配合，对损坏公共设施的情况及时记录并告知我中心。
联系人：滕先生　电话：0964-5138217
裾水县住房保障服务中心
2025年4月16日
抄送：裾水县祥和物业服务有限公司衽溪项目部，中标安装单位。
""",
    ),
]

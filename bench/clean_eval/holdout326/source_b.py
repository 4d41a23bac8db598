"""holdout326, part B: a blog, WeChat mirrors, sharing pages, education sites, intranets, Q&As. Invented text."""

CASES = [
    dict(
        slug="blog-laocao-keycard-delay-wrapped",
        site="老曹的电工手记 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://laocao-dg.blog.example-home.cn/post/1604",
        title="插卡取电开关为什么要延时断电？",
        record_title="插卡取电开关为什么要延时断电？｜老曹的电工手记（接线随记）",
        date=None,
        notes="an electrician's blog hard-wrapped at 58 columns; 'last updated yesterday' is no date; a tag row that repeats "
        "words of the body (tail), comments and a login prompt",
        page="""
!m 老曹的电工手记
!m 一个县城电工的接线笔记
!m 首页　接线笔记　工具杂谈　留言　关于老曹
{T}
!m 分类：接线笔记　　最近更新：昨天　　阅读 (1093)
{BODY}
!l 标签：插卡取电　民宿　延时继电器
!l 上一篇：老房子换漏电开关，别忘了查零线
!l 下一篇：给配电箱贴标签的小窍门
!l 网友评论（6）
!l 小石头电工：延时那段讲得明白，收藏了
!l 匿名网友：请问感应型的比普通型贵多少？
!a 写评论需先登录，登录后还可订阅老曹的更新
!m 老曹的电工手记 © 2016-2025　本博客文字未经许可请勿转载
""",
        wrap=58,
        body="""
前几天给一家民宿改客房线路，老板问我：插卡取电开关拔卡以后为什么不马上断电，还要等十几秒？
这个延时是有讲究的。客人拔卡出门，走廊里没灯，房间灯晚几秒熄灭，正好照着人把门关好。另外，延时也能避免客人插卡不到位时电器频繁通断，对空调压缩机有保护作用。
接线时要注意三点：第一，取电开关只控制照明和空调等回路，冰箱、保险箱插座要单独走一路，不能跟着断电。第二，开关的额定电流要跟所带负载匹配，小民宿一般选40安的就够。第三，很多房东图省事，装任意卡片都能取电的开关，这样起不到节能作用，最好选感应房卡的型号。
以上是个人经验，有不对的地方欢迎同行指正。
""",
    ),
    dict(
        slug="wechat-kongyang-union-pledge-neck-pillows",
        site="公号文存 mirror of the account 涳阳职工之声 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gonghaowencun.com/a/kyzgzs/20241226_2",
        title="关爱货车司机“暖颈行动”倡议书",
        record_title=None,
        date="2024-12-25",
        date_also=["2024-12-26"],
        notes="no title in the record: the article's <h1>; a follow prompt glued before the salutation; source and editor "
        "lines after the body; the account's posting date differs from the 成文日期; mirror note and archive list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>公号文存 - 涳阳职工之声</title>
<meta property="og:site_name" content="公号文存">
</head><body>
<div class="mirror-top">⟦m 公号文存 · 公众号文章镜像站⟧ <a>⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title" id="activity-name">{T}</h1>
<div id="meta_content"><span class="tag">⟦m 原创⟧</span> ⟦m 涳阳职工之声⟧ <em id="publish_time">⟦m 2024年12月26日 18:30⟧</em></div>
<div class="rich_media_content" id="js_content">
{BODY}
<p>⟦m 来源：涳阳县总工会宣教部⟧</p>
<p>⟦m 编辑：房雯　初审：苏禾　终审：常立新⟧</p>
</div>
<div class="qr">⟦m 长按识别二维码 关注涳阳职工之声⟧</div>
<div class="bottom">⟦a 阅读原文⟧ ⟦l 分享⟧ ⟦l 推荐⟧ ⟦l 在看⟧ ⟦l 留言⟧</div>
<div class="mirror-note">⟦d 本页由公号文存自动收录，仅作存档检索之用，著作权归原公众号所有。⟧</div>
<div class="more"><h4>⟦l 该公众号近期文章⟧</h4><ul><li>⟦l 县总工会开展岁末送温暖活动⟧</li><li>⟦l 职工疗休养报名开始啦⟧</li></ul></div>
</div><script>var ct="1735209000";var msg_link="https://www.gonghaowencun.com/a/kyzgzs/20241226_2";</script>
</body></html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.8">{}</p></section>',
        body="""
⟦a ▲点击上方蓝字，关注涳阳职工之声⟧全县广大职工、爱心企业和社会各界朋友：
货车司机常年奔波在路上，是物流畅通的“毛细血管”。他们一天开车十来个小时，颈椎、腰椎毛病十分普遍。为表达对货车司机群体的关爱，县总工会发起“暖颈行动”，倡议如下：
一、各级工会组织在货车司机集中的物流园、加油站设置“司机之家”，为途经司机免费发放颈枕、护腰垫。
二、倡议爱心企业、个人捐赠颈枕等暖心物资，每捐赠一只颈枕，即可在“司机之家”的留言墙上写下一句祝福。
三、倡议广大职工转发本倡议，邀请身边的货车司机到“司机之家”歇歇脚。
涳阳县总工会
2024年12月25日
""",
    ),
    dict(
        slug="wechat-pingchuan-library-cable-boxes-scan",
        site="微读档 mirror of the account 洴川县图书馆 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://weiduda.cn/mp/pclib/20240902-55710",
        title="自修区新增12个充电线收纳盒 扫码即可借用",
        record_title="读者须知｜自修区新增12个充电线收纳盒 扫码即可借用 · 洴川县图书馆（公号归档）",
        date="2024-09-02",
        notes="WeChat mirror: the account line's date is the page's date; a follow prompt glued before the salutation; "
        "scanning a QR code as content; text/photo/review line, past-issues list, 在看 prompt, archive notice",
        page="""
!m 微读档 — 公众号文章归档
!t 读者须知｜自修区新增12个充电线收纳盒 扫码即可借用
!m 洴川县图书馆　2024-09-02 17:05　发表于洴川
!m 归档编号：WDD-20240902-55710
{BODY}
!m 文字：流通部　图片：技术部　审核：钟一禾
!l 往期回顾
!l ▎暑期少儿阅读营结营啦
!l ▎馆藏地方文献数字化工作启动
!a 点亮“在看”，让更多读者知道
!d 原文版权归洴川县图书馆所有，微读档仅提供归档浏览，如需删除请留言。
""",
        gap=True,
        body="""
⟦a 蓝字关注 洴川县图书馆⟧各位读者：
为方便大家在馆内学习时给手机、电脑充电，县图书馆在二楼自修区新设了12个充电线收纳盒，盒内配有常用型号的充电线和分线插座。
使用方法：用微信扫描盒盖上的二维码，输入读者证号即可开锁借用；离馆前将充电线整理好放回盒内，再扫码归还。
温馨提示：请勿将个人的大功率电器接入收纳盒内的插座；发现线材破损、插座发热，请及时告知服务台工作人员。
感谢大家的理解与配合，祝您阅读愉快！
""",
    ),
    dict(
        slug="docshare-huixiang-letter-borrow-boots-doc",
        site="汇享文档 (invented sharing site)",
        style="文档分享",
        genre="函",
        kind="letter",
        form="html",
        source="https://www.huixiangdoc.com/view/6d20e7b14a.html",
        title="关于商借演出用马靴及靴筒撑的函",
        record_title="关于商借演出用马靴及靴筒撑的函.doc",
        date="2025-01-06",
        notes="file-name record title, the page's title the file name too; upload notice, share stamp (no date), points lock "
        "and a service WeChat; the letter's own 联系人/电话; 成文日期 in Chinese numerals under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于商借演出用马靴及靴筒撑的函.doc - 汇享文档</title></head><body>
<div class="top">⟦m 汇享文档⟧ ⟦m 分享知识 汇聚价值⟧ <a>⟦a 上传我的文档⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 汇享文档 / 党政公文 / 函件⟧</div>
<h1 class="doc-title">⟦t 关于商借演出用马靴及靴筒撑的函.doc⟧</h1>
<div class="doc-info">⟦m 分享者：文化馆小桂　分享于 2025-01-09　页数：1　格式：DOC⟧ ⟦m 下载 38 次　评分 4.5⟧</div>
<div class="upload-notice">⟦d 温馨提示：该文档由会员自行分享，汇享文档不对内容真实性负责，仅供参考交流。⟧</div>
<div class="doc-view">
{BODY}
</div>
<div class="points">⟦a 下载此文档需消耗 5 积分，当前积分不足⟧ <a>⟦a 签到领积分⟧</a></div>
<div class="service">⟦w 找不到需要的文档？加客服微信 huixiang_kf88 帮你找⟧</div>
<div class="rel"><h4>⟦l 相似文档⟧</h4><p>⟦l 关于借用演出服装的函（范本）⟧</p><p>⟦l 商借排练场地的函.docx⟧</p></div>
<footer>⟦m 汇享文档 huixiangdoc.com　苏ICP备21008816号⟧</footer>
<script src="/static/js/viewer.js"></script><script>viewer.load("6d20e7b14a");</script>
</body></html>
""",
        body="""
峓州市歌舞剧院：
我馆定于2025年1月下旬举办迎春文艺演出，其中舞蹈《雪原骑兵》需演员穿着长筒马靴。因我馆现有马靴数量不足，且存放不当多有塌筒，特商请贵院借用马靴20双及配套靴筒撑20副，使用时间为1月20日至1月28日。
借用期间，我馆指定专人保管，演出结束后清洁晾干、撑好靴筒，按原数归还。如有损坏，照价赔偿。
联系人：桂云舒，电话：0833-6502117。
妥否，请予函复。
畤原县文化馆
二〇二五年一月六日
""",
    ),
    dict(
        slug="docshare-linxiang-pledge-drying-oneline",
        site="邻享文档 (invented community-material sharing site)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.linxiangdoc.cn/d/2024/0410/77315",
        title="文明晾晒倡议书",
        record_title="【楼栋倡议】文明晾晒倡议书（可转发楼栋群） - 邻享文档",
        date="2024-04-08",
        notes="the whole body on one line (paragraphs apart only by their indent); sharing a pledge as content; "
        "a share stamp is no date, the 成文日期 is",
        page="""
!m 邻享文档 · 社区工作资料共享
!t 【楼栋倡议】文明晾晒倡议书（可转发楼栋群）
!m 共享人：塆里社区网格站　　共享时间：2024-04-10　　浏览 517
!a 下载 ｜ 转存到我的资料夹 ｜ 举报
{BODY}
!a 以上为全文预览，下载后可编辑
!d 资料由用户共享，仅限交流使用，请勿用于商业用途。
!l 同类资料：高空抛物倡议书 ｜ 楼道堆物清理通知 ｜ 电动车不上楼承诺书
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位居民朋友：
近来，小区内不断有居民反映楼上窗外悬挂的晾袜架、衣物滴水，甚至有晾袜架被风吹落。为共建安全整洁的居住环境，我们倡议：
一、晾袜架、衣架请挂在阳台内侧或室内，不要伸出窗外，不要挂在空调外机上。
二、大风天气及时收回晾晒物品，检查晾袜架挂钩是否牢固。
三、滴水衣物拧干后再晾，避免影响楼下住户。
四、请把本倡议分享到所在楼栋群，提醒左邻右舍共同遵守。
洴川县城关镇塆里社区居民委员会
2024年4月8日
""",
    ),
    dict(
        slug="edu-pingchuan-notice-dorm-drying-racks",
        site="洴川教育网 (invented county education bureau site)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.pcjy.edu.cn/wjtz/jfwj/202502/t20250226_40117.html",
        title="洴川县教育局关于规范寄宿制学校学生宿舍晾晒设施配备的通知",
        record_title="文件通知｜洴川县教育局关于规范寄宿制学校学生宿舍晾晒设施配备的通知 - 洴川教育网",
        date="2025-02-24",
        date_also=["2025-02-26"],
        notes="education bureau: ageing-friendly and screen-reading links, page date differs from the 成文日期; the notice's "
        "own 联系人/电话/邮箱 next to the site's technical-support line; 附件 line beside an attachment download link",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>文件通知｜洴川县教育局关于规范寄宿制学校学生宿舍晾晒设施配备的通知 - 洴川教育网</title></head><body>
<div class="top">⟦m 洴川县教育局主办⟧ <a>⟦a 适老化阅读⟧</a> <a>⟦a 屏幕朗读⟧</a> <a>⟦a 教师登录⟧</a></div>
<div class="logo">⟦m 洴川教育网⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 文件通知⟧</li><li>⟦m 校园动态⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 » 文件通知 » 局发文件⟧</div>
<h2 class="title">{T}</h2>
<div class="attr">⟦m 发布日期：2025-02-26　发布科室：后勤管理股　点击：1208⟧</div>
<div class="content">
{BODY}
</div>
<div class="attach">⟦a 📎 点击下载：寄宿制学校晾晒设施配备情况统计表.docx⟧</div>
<div class="qrcode">⟦a 手机扫一扫 本页随身看⟧</div>
<div class="prenext">⟦l 上一篇：关于做好2025年春季学期开学工作的通知⟧<br>⟦l 下一篇：洴川县教育局关于开展校园食品安全自查的通知⟧</div>
<div class="footer">⟦m 洴川县教育局　地址：洴川县城关镇文昌路18号⟧<br>⟦m 技术支持：洴川县教育信息中心　电话：0831-4400186⟧<br>⟦m 蜀ICP备12048871号-2⟧</div>
<script src="/js/jquery-1.8.3.min.js"></script><script>$(function(){$(".attach a").attr("target","_blank");});</script>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
为改善寄宿生生活条件，解决学生宿舍袜子、毛巾无处晾晒的问题，现就规范宿舍晾晒设施配备有关事项通知如下。
一、各寄宿制学校按每间宿舍不少于2个的标准配备晾袜架，统一安装在阳台或通风良好的位置，不得悬挂在窗外。
二、晾袜架应选用不锈钢或加厚塑料材质，夹子数量不少于每生2个。
三、请各校于3月15日前完成配备，并填写附件表格报县教育局后勤管理股。
联系人：郁海峰，电话：0831-4427630，邮箱：pcjyhq@pcedu-mail.cn。
附件：寄宿制学校晾晒设施配备情况统计表
洴川县教育局
2025年2月24日
""",
    ),
    dict(
        slug="edu-langxi-school-notice-cable-boxes-list",
        site="埌溪镇中心小学校园网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lxzx.pcjy.edu.cn/xwgk/xwtz/2024/0909/611.html",
        title="关于在教师办公室启用充电线收纳盒的通知",
        record_title="[校务通知] 关于在教师办公室启用充电线收纳盒的通知 - 埌溪镇中心小学",
        date="2024-09-09",
        notes="a primary school's site: author/source/hits/update line, a numbered list 1.–4.; a tell-a-friend/print row; "
        "成文日期 under the signature",
        page="""
!m 埌溪镇中心小学 · 校园网
!m 学校首页 · 学校概况 · 校务公开 · 德育天地 · 教学教研 · 安全教育
!m 位置：校务公开 > 校务通知
{T}
!m 作者：总务处　　来源：本站原创　　点击：296　　更新时间：2024-09-09 16:22
{BODY}
!a 【发表评论】【告诉好友】【打印此文】【关闭窗口】
!l 上一篇：2024年秋季开学安全工作方案
!l 下一篇：关于开展“开学第一课”主题活动的通知
!m 埌溪镇中心小学版权所有　校址：洴川县埌溪镇学府街6号　邮编：615700
""",
        indent="\u3000\u3000",
        body="""
各教研组、各办公室：
近期学校安全检查中发现，部分教师办公室插线板落地、充电线缠绕堆放，存在触电和火灾隐患。为此，学校为每个办公室配发了充电线收纳盒，现就使用要求通知如下：
1.所有插线板放入收纳盒内使用，不得直接放在地面。
2.手机、电脑充电完毕后及时拔下充电器，充电线收入盒内。
3.每天最后离开办公室的教师负责关闭收纳盒电源开关。
4.严禁在办公室为电动车电池充电。
学校总务处将不定期检查，检查结果纳入办公室文明评比。
埌溪镇中心小学
2024年9月9日
""",
    ),
    dict(
        slug="intranet-zuoshan-minutes-cable-tidy-oa",
        site="岝山智造协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.zuoshan-zz.com/meeting/summary/view?id=20240716-12",
        title="行政部关于办公区线缆整治的专题会议纪要",
        record_title="〈专题会纪要〉行政部关于办公区线缆整治的专题会议纪要 - 岝山智造协同办公平台",
        date="2024-07-16",
        date_also=["2024-07-18"],
        notes="OA document view: current user, menu, read count, mark-read/forward/export buttons and a 流转记录 with its own "
        "dates; the minutes' 时间/地点/主持/参会/记录 lines in the body, the meeting date expected, the publishing date also",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〈专题会纪要〉行政部关于办公区线缆整治的专题会议纪要 - 岝山智造协同办公平台</title></head><body>
<div class="oa-top">⟦m 岝山智造协同办公平台⟧ ⟦m 当前用户：研发中心 吕晨⟧ <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 公文管理⟧ ⟦m 会议管理⟧ ⟦m 知识文档⟧ ⟦m 通讯录⟧</div>
<div class="oa-path">⟦m 会议管理 / 会议纪要 / 查看⟧</div>
<div class="doc">
<h2>{T}</h2>
<div class="doc-attr">⟦m 发布部门：行政部　发布人：管雨　发布时间：2024-07-18 09:41　已阅 137 人⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-ops"><button>⟦a 标为已读⟧</button> <button>⟦a 转给他人⟧</button> <button>⟦a 存档⟧</button></div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2024-07-17 16:05　管雨　起草⟧</p>
<p>⟦m 2024-07-18 09:30　蔺晓彤　审核通过⟧</p>
<p>⟦m 2024-07-18 09:41　系统　发布至全员⟧</p></div>
</div>
<div class="oa-foot">⟦m IT服务台 分机 6000　工作日 8:30—17:30⟧ ⟦d 内部资料 禁止外传⟧</div>
<script src="/oa/static/js/doc-view.js"></script><script>markRead("20240716-12");</script>
</body></html>
""",
        body="""
时间：2024年7月16日14:30
地点：公司三楼小会议室
主持：行政部经理 蔺晓彤
参会：各部门行政专员
记录：管雨
会议研究了办公区充电线、电源线杂乱问题，形成如下意见：
一、由行政部统一采购充电线收纳盒，研发、财务两个部门先行试点，8月底前推广到全公司。
二、收纳盒内的插线板必须带过载保护，严禁串接使用。
三、各部门行政专员每周五下班前检查一次本部门工位，发现线缆外露、插线板落地的，拍照上报行政部。
四、IT部负责机房和会议室线缆整理，9月10日前完成。
""",
    ),
    dict(
        slug="intranet-hean-bulletin-keycard-shorted",
        site="禾岸酒店集团员工之家 (invented hotel-group intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://home.hean-hotels.local/notice/2024/1105-03",
        title="关于部分门店客房取电开关被违规短接的通报",
        date="2024-11-05",
        notes="title given by the record as is; intranet header, read prompt, IT line; the 通报's own contact (an "
        "extension) and 抄送 line; 成文日期 under the signature",
        page="""
!m 禾岸酒店集团 · 员工之家（内网）
!m 首页 > 制度公告 > 通报
{T}
!m 发文部门：集团工程部　　发布时间：2024-11-05　　阅读：214
!a 【收藏】【打印】【下载附件】
{BODY}
!a 已读请点击“我已阅读”　　　我已阅读
!l 相关公告：关于开展冬季消防安全大检查的通知 ｜ 客房工程维修管理规定（2024修订）
!m 内网技术支持：信息部 内线8800
!d 本页内容属公司内部信息，请勿截图外传
""",
        body="""
各门店：
10月下旬，集团工程部对所属9家门店客房用电情况进行了抽查，发现峓州汸河店、湠水店共有14间客房的插卡取电开关被短接，客人不插卡也能通电；另有6间客房的取电槽内插着废弃房卡。
经查，上述问题系门店工程人员为减少客人投诉擅自改动线路所致。集团决定对两家门店予以通报批评，扣减当月绩效。
各门店要举一反三，于11月15日前完成全部客房取电开关的排查整改，整改情况报集团工程部。
联系人：工程部 龚立群，内线8023。
抄送：集团总经理室，运营管理部。
峓州禾岸酒店管理有限公司
2024年11月5日
""",
    ),
    dict(
        slug="qa-zhitu-neck-pillow-u-vs-inflatable",
        site="知途问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhitu-wenda.com/question/44180327",
        title="坐长途大巴用U型颈枕还是充气颈枕好？",
        record_title=None,
        date=None,
        notes="no title in the record: the question as the page's <h1>; tags, question detail, adopted-answer badge, "
        "'answered 2 days ago' (no date), vote row, other answers and related questions",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>坐长途大巴用U型颈枕还是充气颈枕好？ - 知途问答</title></head><body>
<header>⟦m 知途问答⟧ <input placeholder="搜索你感兴趣的问题"> <a>⟦a 提问⟧</a> <a>⟦a 登录⟧</a></header>
<div class="q"><div class="q-tags">⟦l 出行⟧ ⟦l 颈椎保健⟧ ⟦l 旅行用品⟧</div>
<h1>⟦t 坐长途大巴用U型颈枕还是充气颈枕好？⟧</h1>
<p class="q-desc">⟦l 下周要坐8个小时大巴回老家，脖子本来就不好，求推荐。⟧</p>
<p class="q-meta">⟦m 提问者：阿楠　　被浏览 3,204 次　　关注 26⟧</p></div>
<div class="answer best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<div class="author">⟦m 行者老周　旅行爱好者⟧ ⟦m 回答于 2 天前⟧</div>
<div class="answer-body">
{BODY}
</div>
<div class="vote">⟦a ▲ 赞同 128⟧ ⟦l 12 条评论⟧ ⟦l 分享⟧ ⟦a 收藏⟧</div></div>
<div class="more"><h3>⟦l 其他 4 个回答⟧</h3>
<p>⟦l 小鹿：充气的方便，我一直用⟧</p><p>⟦l 康复科护士一枚：有颈椎病的建议先看医生⟧</p></div>
<div class="related"><h3>⟦l 相关问题⟧</h3><p>⟦l 颈枕可以机洗吗？⟧</p><p>⟦l 高铁上睡觉怎么不落枕？⟧</p></div>
<footer>⟦m © 2025 知途问答　京ICP备20113572号⟧ ⟦d 回答内容仅代表用户个人观点⟧</footer>
<script>window.__INITIAL_STATE__={"qid":44180327};</script>
</body></html>
""",
        body="""
两种我都用过，说说体会。
U型记忆棉颈枕支撑好，脖子两侧都能托住，睡着了头不容易歪，适合坐六七个小时以上的长途车。缺点是体积大，塞不进背包，只能挂在外面。
充气颈枕放了气只有巴掌大，携带方便，但支撑力软一些，而且充得太满会顶着下巴，充到七八成最舒服。
如果你坐的大巴座椅本身有头枕，建议把颈枕开口朝前戴，垫在颈后和头枕之间；如果座椅靠背很矮，开口朝后戴反而能托住后脑。
另外提醒一下，颈枕只是辅助，每隔一两个小时最好下车活动一下脖子。
""",
    ),
    dict(
        slug="qa-wengemingbai-keycard-other-card",
        site="问个明白 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wengemingbai.com/q/8830215.html",
        title="酒店插卡取电，用别的卡插进去可以吗？",
        record_title="【已解答】酒店插卡取电，用别的卡插进去可以吗？- 问个明白",
        date=None,
        notes="Q&A: the question as title (decorated in the record), the asker's supplement, best-answer header, "
        "'answered yesterday' (no date), other answers and related questions",
        page="""
!m 问个明白 — 有问题，就问个明白
!m 首页 > 生活 > 出行住宿
{T}
!m 提问者：匿名用户　　3 个回答　　浏览 5120
!l 补充：出门想让房间空调一直开着，回来不那么冷
!m 最佳答案
!m 答主：电工小邱　　等级：8级　　回答于 昨天 13:06
{BODY}
!a 有用(86)　　没用(3)　　评论　　举报
!l 其他回答
!l 普通卡插进去也能用，我试过 —— 匿名
!l 别这么干，上次隔壁房间就是这么着火的 —— 路过的人
!l 相关问题：酒店房卡丢了要赔钱吗 ｜ 宾馆的插座为什么没电
!m 问个明白 wengemingbai.com ｜ 用户协议 ｜ 隐私政策
""",
        body="""
要看酒店装的是哪种取电开关。
一种是普通型，里面只有一个微动开关，任何厚度合适的卡片插进去把开关顶住就能通电，会员卡、公交卡都行。另一种是感应型，要读取房卡里的芯片，别的卡插进去不会通电。
不过建议别这么做。酒店装插卡取电，就是为了客人离开时自动断电，既省电又防火。人不在房间里还一直开着空调、烧着水壶，万一出了事，责任可能要自己承担。
如果只是想出门时给手机充电，可以跟前台说明，很多酒店的床头插座是不受取电开关控制的。
""",
    ),
]

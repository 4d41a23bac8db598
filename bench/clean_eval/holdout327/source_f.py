"""holdout327, part F: encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Invented text, sites, places and people, written by hand; see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="wiki-zhiyuan-entry-finger-cot-infobox",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-wiki.com/item/指套/30871",
        title="指套",
        record_title="指套（手指防护用品）_知源百科",
        date=None,
        notes="encyclopaedia entry: edit/discuss/history tabs, an infobox, a contents box, reference markers glued "
        "after sentences and an edit link glued to a section heading; the entry name opens the body (head); no "
        "date (a last-edit stamp is no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>指套（手指防护用品）_知源百科</title>
<script src="https://s.zhiyuan-wiki.com/wiki/item.js"></script>
</head>
<body>
<div class="zy-top">⟦m 知源百科 · 人人可编的知识库⟧ <form>⟦a 进入词条　全站搜索⟧</form></div>
<div class="zy-tabs">⟦a 词条　讨论　历史版本　编辑词条⟧</div>
<h1>{T}</h1>
<div class="zy-sub">⟦m 手指防护用品⟧</div>
<div class="zy-info">
<dl>⟦m <dt>中文名</dt><dd>指套</dd>⟧</dl>
<dl>⟦m <dt>外文名</dt><dd>finger cot</dd>⟧</dl>
<dl>⟦m <dt>常见材质</dt><dd>天然乳胶、丁腈橡胶、聚氯乙烯</dd>⟧</dl>
<dl>⟦m <dt>主要用途</dt><dd>防污、防静电、点钞、医疗检查</dd>⟧</dl>
</div>
<div class="zy-toc">⟦l 目录：1 简介　2 种类　3 选用与处置　4 参考资料⟧</div>
<div class="zy-body">
{BODY}
</div>
<div class="zy-ref"><h3>⟦l 参考资料⟧</h3>
<p>⟦l [1] 骉州市劳动保护用品协会．手指防护用品选用指南．2022⟧</p>
<p>⟦l [2] 电子装配车间静电防护实务．骉州：骉州科技出版社⟧</p></div>
<div class="zy-edit">⟦m 本词条由 37 位编辑者共同完善　最近更新：3 个月前⟧</div>
<div class="zy-foot">⟦d 知源百科词条内容由用户编辑，仅供参考，不构成专业意见。⟧ ⟦m ©2025 知源百科　沪ICP备21019206号⟧</div>
</body>
</html>
""",
        body="""
指套是套在手指上的薄型防护用品，多用天然乳胶、丁腈橡胶或聚氯乙烯制成，用于防止手指污染物品、保护手指或提高摩擦力。⟦l [1]⟧
种类⟦a [编辑本节]⟧
按用途分，指套可分为防静电指套、医用检查指套、点钞指套和工业防护指套等。防静电指套表面电阻一般在10⁶至10⁹欧姆之间，用于电子元件装配；点钞指套表面有颗粒纹，可增加翻动纸币时的摩擦力。⟦l [2]⟧
选用与处置
选用指套时，应根据手指粗细选择合适的号码，过紧影响血液循环，过松容易脱落。对天然乳胶过敏者应选用丁腈材质。
一次性指套使用后不宜重复使用，医疗场所用过的指套应按医疗废物处置。
""",
    ),
    dict(
        slug="wiki-baizhi-entry-window-static-cling-text",
        site="百知网 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.baizhiwang.cn/wiki/chuanghujingdiantie",
        title="窗户静电贴",
        record_title="窗户静电贴（家居装饰用品）- 百知网",
        date=None,
        notes="encyclopaedia entry as text: infobox lines, a contents line, the entry name opening the body (head); "
        "no date (a revision count and an edit stamp are no dates)",
        page="""
!m 百知网 · 知道多一点
!a 编辑　｜　讨论　｜　收藏词条
{T}
!m 家居装饰用品
!m 中文名：窗户静电贴　　别称：静电窗贴、无胶窗贴
!m 材质：聚氯乙烯薄膜　　类别：家居装饰用品
!l 目录　1 概述　2 分类　3 使用方法
{BODY}
!m 词条统计：浏览 12906 次　编辑 14 次　最近编辑于 前天
!l 相关词条：磨砂玻璃贴 ｜ 窗花 ｜ 防撞条
!d 百知网内容由网友共同编辑，如有错误欢迎指正。
""",
        body="""
窗户静电贴是一种依靠静电吸附在玻璃表面的装饰或功能贴膜，通常以聚氯乙烯薄膜制成，背面不含胶层。
静电贴按用途可分为装饰类、隐私类和功能类。装饰类多为节日窗花、卡通图案；隐私类常做成磨砂或压花效果，用于卫生间、办公室玻璃；功能类包括隔热保温贴和防撞贴，后者常用于玻璃门和幕墙，防止行人或鸟类撞击。
粘贴前须清洁玻璃，可喷少量清水辅助排出气泡。静电贴可以揭下重复使用，但长期日晒会使贴膜老化变硬。
与不干胶贴纸相比，静电贴揭除后不留残胶，适合租住房屋使用。
""",
    ),
    dict(
        slug="clouddrive-feiyun-instruction-brush-tufting-wps",
        site="飞云网盘 分享页 (invented)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.feiyun-disk.com/s/1qXc8Lw2RpA",
        title="化妆刷植毛工序作业指导书",
        record_title="化妆刷植毛工序作业指导书.wps",
        date=None,
        notes="cloud-drive preview: VIP prompts, a save-to-drive button, the sharer line with a share stamp and "
        "an expiry; file-name record title; decimal headings 3.1–4.2; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>化妆刷植毛工序作业指导书.wps_在线预览｜飞云网盘</title>
<script src="https://pan.feiyun-disk.com/static/share.min.js"></script>
</head>
<body>
<div class="fy-head">⟦m 飞云网盘⟧ ⟦a <a>客户端下载</a>　<a>登录</a>⟧</div>
<div class="fy-file">
<h2>⟦t 化妆刷植毛工序作业指导书.wps⟧</h2>
<p>⟦m 分享者：纴口刷厂技术员　　分享于 2 周前　　有效期：永久　　78KB⟧</p>
<div class="fy-btns">⟦a 保存到我的网盘　普通下载　超级会员极速下载⟧</div>
</div>
<div class="fy-preview">
<div class="fy-tip">⟦a 在线预览仅显示前 2 页，开通会员可预览全部⟧</div>
<div class="fy-doc">
<h3>{T}</h3>
{BODY}
</div>
</div>
<div class="fy-vip">⟦a 超级会员首月 9 元，下载不限速⟧</div>
<div class="fy-report">⟦a 举报该分享⟧</div>
<div class="fy-foot">⟦d 请勿通过飞云网盘分享侵权或违法内容⟧　⟦m 飞云网盘 feiyun-disk.com　粤ICP备19058821号⟧</div>
</body>
</html>
""",
        body="""
1 目的
规范植毛工序操作，保证刷头的装毛量和密度符合要求。
2 适用范围
适用于本公司粉底刷、散粉刷、眼影刷的植毛工序。
3 作业步骤
3.1 按工单领取刷毛，核对材质、长度是否与工单一致。
3.2 用定量杯取毛，每支粉底刷装毛量为1.8克±0.1克。
3.3 将刷毛装入铝管，用推毛针推至规定深度，刷毛高出管口的长度按工艺卡执行。
3.4 每装50支自检一次，用电子秤抽称3支并记录。
4 注意事项
4.1 不同批次的刷毛不得混用。
4.2 装毛台每班结束后清理碎毛，防止混入下一批产品。
""",
    ),
    dict(
        slug="clouddrive-lanhe-summary-floss-pick-markers-pdf",
        site="蓝盒云盘 文件预览 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.lanhe-cloud.cn/f/9Kq2vT0dLm",
        title="牙线棒车间2024年工作总结",
        record_title="牙线棒车间2024年工作总结.pdf",
        date="2025-01-06",
        notes="cloud-drive text preview cut by page markers '⚻第n页⚻' on lines of their own; file-name record "
        "title; 成文日期 under the signature",
        page="""
!m 蓝盒云盘 · 文件预览
!t 牙线棒车间2024年工作总结.pdf
!m 来自：齿优生产部 的分享　　大小 412KB　　浏览 93 次
!a 下载　　转存　　用手机看
{T}
{BODY}
!a 预览至此结束，转存到自己的云盘即可查看完整文件
!d 蓝盒云盘仅提供存储服务，文件内容由分享者负责
!m 蓝盒云盘 lanhe-cloud.cn
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⚻第{n}页⚻", every=120, start=2),
        body="""
2024年，牙线棒车间在公司领导下，围绕“提质量、降损耗、保安全”目标，全年生产牙线棒4.6亿支，完成年度计划的103%。现将全年工作总结如下。
一、质量稳步提升。车间对注塑模具进行了两次修整，解决了手柄毛刺问题，成品一次合格率由98.1%提高到99.3%，全年未发生客户质量投诉。
二、损耗明显下降。推行牙线卷首尾料回收再利用，牙线损耗率由3.5%降至2.2%，节约原料费用约18万元。
三、安全形势平稳。全年开展安全培训12次，注塑机防护门联锁装置全部完成改造，未发生工伤事故。
2025年，车间将推进自动装盒线建设，力争人均产量再提高15%。
鲃川县齿优日用品有限公司牙线棒车间
2025年1月6日
""",
    ),
    dict(
        slug="snapshot-xunlu-consumer-tip-jar-scooping",
        site="寻路搜索 网页快照 (invented search cache)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="http://cache.xunlu-search.com/c?u=www.zsxfzxh.org.cn/xfts/2024/1203/88.html",
        title="护手霜罐开盖挖着用，当心膏体被污染",
        record_title="【搜索缓存】护手霜罐开盖挖着用，当心膏体被污染 - 骔山县消费者协会",
        date="2024-12-02",
        date_also=["2024-12-03"],
        notes="search-cache frame: a capture banner with a capture time, a highlighted-keywords line, the cached "
        "page's own chrome; the association's own 12315 sentence and 关注 sentence stay in the body; 成文日期 under "
        "the signature, the cached page's date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【搜索缓存】护手霜罐开盖挖着用，当心膏体被污染 - 骔山县消费者协会</title>
<base href="http://www.zsxfzxh.org.cn/xfts/2024/1203/88.html">
<script src="http://www.zsxfzxh.org.cn/js/jquery.min.js"></script>
<script src="http://www.zsxfzxh.org.cn/js/xh-font.js"></script>
</head>
<body>
<div style="border:1px solid #ccc;background:#fffbe6;padding:6px">
⟦m 这是寻路搜索对 http://www.zsxfzxh.org.cn/xfts/2024/1203/88.html 的缓存，抓取于 2025-02-17 03:41⟧<br>
⟦a 原网页可能已经更改，点此查看当前页面⟧<br>
⟦m 已为您标亮的检索词：护手霜　罐　污染⟧
</div>
<div class="xh-head">⟦m 骔山县消费者协会　诚信消费 放心骔山⟧</div>
<div class="xh-nav">⟦m 首页 消费提示 投诉指南 比较试验 政策法规⟧</div>
<div class="xh-art">
<h2>{T}</h2>
<div class="xh-meta">⟦m 发布时间：2024-12-03　来源：县消协秘书处⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-next">⟦l 下一篇：年货节网购，注意保留聊天记录⟧</div>
</div>
<div class="xh-foot">⟦m 骔山县消费者协会　投诉电话：0736-5845315⟧</div>
</body>
</html>
""",
        body="""
不少消费者习惯用手指直接从护手霜罐里挖取膏体。县消费者协会提醒，这种用法容易把手上的细菌带进罐内，膏体受到污染后可能出现变色、分层和异味。
一是尽量用小勺取用。很多罐装护手霜附带小挖勺，用后擦净放回盒中；没有挖勺的，可以用干净的棉签代替。
二是用完及时盖紧。罐盖长时间敞开，膏体中的水分会挥发，香料和油脂也容易氧化。
三是注意开罐后的使用期限。罐装护手霜开盖后一般建议在六个月内用完，不要把罐子放在浴室等潮湿的地方。
消费者如发现膏体异常，可保留罐子和购物凭证，拨打12315投诉，也可以关注“骔山消协”公众号在线留言。
骔山县消费者协会
2024年12月2日
""",
    ),
    dict(
        slug="snapshot-xunlu-textcache-plan-window-flower-training",
        site="寻路搜索 文字版缓存 (invented)",
        style="搜索快照",
        genre="方案",
        kind="other",
        form="text",
        source="http://cache.xunlu-search.com/t?u=www.bzfl.org.cn/tzgg/2025/1121/402.html",
        title="骉州市妇联“巧手迎春”静电窗花设计制作培训方案",
        record_title="骉州市妇联“巧手迎春”静电窗花设计制作培训方案_骉州市妇女联合会（纯字版快照页）",
        date="2025-11-20",
        date_also=["2025-11-21"],
        notes="text-only search cache: a capture banner with its capture time, the cached page's own lines; a "
        "numbered list; 成文日期 under the signature, the cached page's date also accepted",
        page="""
!m 寻路搜索 · 文字版缓存　抓取时间：2025-12-01 22:10
!a 查看原始网页　｜　查看图片版缓存
!m 骉州市妇女联合会 > 通知公告
{T}
!m 发布日期：2025-11-21　作者：市妇联家庭和儿童工作部
{BODY}
!l 附件：培训报名回执.doc
!m 骉州市妇女联合会 主办　地址：骉州市长庚路9号
!m 本缓存仅供检索参考，内容以原网页为准
""",
        body="""
为帮助城乡妇女掌握实用手工技能、增加家庭收入，市妇联决定举办“巧手迎春”静电窗花设计制作培训班，特制定本方案。
一、培训对象：各县（市、区）推荐的农村妇女、下岗女职工共60人。
二、培训时间和地点：2025年12月8日至12日，骉州市妇女儿童活动中心。
三、培训内容：
1.静电贴材料特性与选材；
2.传统窗花图案设计与电脑制图；
3.刻绘机操作与成品包装；
4.网店开设与年货节销售。
四、保障措施：培训期间免费提供食宿和材料，结业后由市妇联对接电商企业，帮助学员承接窗花订单。
骉州市妇女联合会
2025年11月20日
""",
    ),
    dict(
        slug="print-zongshan-health-bulletin-brush-disinfection",
        site="骔山县卫生健康局 打印视图 (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://wjj.zongshan.gov.cn/print.aspx?id=5522",
        title="骔山县卫生健康局关于美容美发机构化妆刷等公用用具消毒检查情况的通报",
        record_title="〔打印专版〕骔山县卫生健康局关于美容美发机构化妆刷等公用用具消毒检查情况的通报（正式稿）",
        date="2025-12-05",
        date_also=["2025-12-08"],
        notes="print view calling window.print(): a print-time line, print/close buttons and a print footer "
        "'⚕ 第1页 ∣ 共1页 ⚕'; a table one row a paragraph; 抄送 and 印发 lines stay in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔打印专版〕骔山县卫生健康局关于美容美发机构化妆刷等公用用具消毒检查情况的通报（正式稿）</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body>
<div class="noprint">⟦a 〔立即打印〕　〔关闭此窗〕　〔返回原文页〕⟧</div>
<div class="pr-head">⟦m 骔山县卫生健康局 · 公文打印⟧</div>
<div class="pr-url">⟦m 原文地址：http://wjj.zongshan.gov.cn/tzgg/2025/1208/5522.html⟧</div>
<div class="pr-time">⟦m 打印时间：2025-12-15 10:02⟧</div>
<div class="pr-src">⟦m 信息来源：县卫生健康局医政医管股　　网站发布：2025-12-08⟧</div>
<h2 style="text-align:center">{T}</h2>
<div class="pr-body">
{BODY}
</div>
<div class="pr-note">⟦d 本打印件由网站生成，内容以正式印发文件为准⟧</div>
<div class="pr-foot">⟦p ⚕ 第1页 ∣ 共1页 ⚕⟧</div>
</body>
</html>
""",
        body="""
各乡镇卫生院，县卫生监督所：
11月，县卫生健康局组织对城区38家美容美发机构开展化妆刷等公用用具消毒专项检查，发现问题机构9家，现将有关情况通报如下：
问题类型　机构数　处理措施
未配备消毒设施　3　责令限期整改
化妆刷未分类存放　4　警告
无消毒记录　2　警告并约谈负责人
各检查单位要在12月31日前完成复查，复查结果报县卫生健康局。
骔山县卫生健康局
2025年12月5日
抄送：县市场监督管理局。
骔山县卫生健康局办公室　2025年12月5日印发
""",
    ),
    dict(
        slug="print-bachuan-bank-plan-teller-cots-footer",
        site="鲃川农商银行 办公系统打印稿 (invented)",
        style="打印页",
        genre="方案",
        kind="other",
        form="text",
        source="http://oa.bcrcb.example/print/doc/2025-0616-08",
        title="营业网点点钞指套统一配发工作方案",
        record_title="[待打印] 营业网点点钞指套统一配发工作方案",
        date="2025-06-16",
        notes="print view as text: a print-time stamp, a print-user line, a print footer '⍀ 1 / 1 ⍀'; numbered "
        "sections; 成文日期 under the signature; the print stamp is no date",
        page="""
!m 鲃川农商银行协同办公系统 · 打印预览
!m 打印人：营业部 覃冬　　打印时间：2025-07-02 09:13
{T}
!a 【打印】　【另存为PDF】　【关闭预览】
!m 发文部门：总行办公室　　密级：内部
{BODY}
!d 内部资料，打印件用毕请交回网点负责人统一销毁
!p ⍀ 1 / 1 ⍀
""",
        body="""
为规范营业网点柜面劳保用品管理，保障柜员身体健康，总行决定自2025年7月起对点钞指套实行统一采购、统一配发，特制定本方案。
一、配发标准。每名柜员每月配发点钞指套一盒（20只），分大、中、小三个号码，由网点按柜员手指尺寸申领。
二、工作流程。各网点于每月25日前在办公系统提交下月申领单，总行办公室汇总采购后于次月3日前配送到网点。
三、有关要求。网点负责人要指定专人登记发放；指套出现破损、老化的应及时更换，不得多人共用。对乳胶过敏的柜员，可申领丁腈材质的指套。
鲃川农村商业银行股份有限公司办公室
2025年6月16日
""",
    ),
    dict(
        slug="mail-xinmail-letter-floss-order-attachment-bar",
        site="信笺企业邮 网页版 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.xinjian-qiye.com/read?mid=ZC2102-88f1",
        title="关于订购儿童牙线棒的函",
        record_title="Fwd：关于订购儿童牙线棒的函",
        date="2025-02-20",
        date_also=["2025-02-21"],
        notes="webmail reading view: a forwarded header with 发件人/收件人/抄送/时间, an attachment bar beside the "
        "letter's own 附件 list, the letter's own 抄送 line beside the header's 抄送; the mail's date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>Fwd：关于订购儿童牙线棒的函 - 信笺企业邮</title>
<script src="/webmail/js/reader.js"></script>
</head>
<body>
<div class="xm-top">⟦m 信笺企业邮　sales@chiyou-daily.com⟧ ⟦a 收信　写信　通讯录　设置　退出⟧</div>
<div class="xm-folders">⟦m 收件箱(12)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="xm-read">
<div class="xm-ops">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<h2>⟦t Fwd：关于订购儿童牙线棒的函⟧</h2>
<div class="xm-head">
⟦m 发件人：石青 &lt;zwc@bcex2.edu.cn&gt;⟧<br>
⟦m 收件人：sales@chiyou-daily.com⟧<br>
⟦m 抄　送：twyg@bachuan-edu.cn⟧<br>
⟦m 时　间：2025年2月21日（星期五）上午10:16⟧
</div>
<div class="xm-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="xm-body">
<p>{T}</p>
{BODY}
</div>
<div class="xm-att">
<p>⟦a 📎 附件 2 个（共 46KB）　全部下载　在线预览⟧</p>
<p>⟦a 订购清单.xlsx（18KB）　下载　预览⟧</p>
<p>⟦a 送货地址及收货人.docx（28KB）　下载　预览⟧</p>
</div>
</div>
<div class="xm-foot">⟦m 信笺企业邮 © 2025　客服 400-090-6633⟧</div>
</body>
</html>
""",
        body="""
鲃川县齿优日用品有限公司：
我校拟为四至六年级学生采购独立包装牙线棒，用于“护齿小卫士”活动，现将有关事项函告如下：
一、数量：牙线棒（每盒50支）620盒，要求为儿童专用规格，手柄圆润无毛刺。
二、交货时间：2025年3月8日前送至我校总务处。
三、请贵司在收到本函后三日内回复报价，并提供产品检验报告。
联系人：总务处 石青　电话：0736-5812268
附件：1.订购清单
2.送货地址及收货人
鲃川县第二实验小学
2025年2月20日
抄送：鲃川县教育局体卫艺股
""",
    ),
    dict(
        slug="mail-forwarded-property-notice-facade-clings",
        site="物业转发邮件 (invented, plain-text mail)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:owners@qiaoyuan-wy.example/2025-04-29",
        title="关于临街住户揭除窗户外侧静电贴的通知",
        record_title="转发：[物业通知] 关于临街住户揭除窗户外侧静电贴的通知",
        date="2025-04-28",
        date_also=["2025-04-29"],
        notes="plain-text forwarded mail: forward headers and a mail-client signature; the property company's own "
        "联系电话 in the body beside the client's footer; 成文日期 under the signature, the mail's date also accepted",
        page="""
!m 发件人: 荍苑物业客服中心 <kefu@qiaoyuan-wy.example>
!m 发送时间: 2025年4月29日 8:47
!m 收件人: 荍苑小区业主群 <owners@qiaoyuan-wy.example>
!t 主题: 转发：[物业通知] 关于临街住户揭除窗户外侧静电贴的通知
!m -------- 原始邮件 --------
!m 来自: 荍苑物业办公室
{T}
{BODY}
!m --
!m 本邮件由荍苑物业客服中心群发，请勿直接回复
!a 退订此类邮件请点击这里
!m 发自 灵燕邮箱手机版
""",
        body="""
各位业主、住户：
根据骔山县城市管理局关于沿街建筑外立面整治的统一安排，本小区临街的1号、2号、5号楼将于5月6日至10日进行外墙及窗户玻璃清洗。现将有关事项通知如下：
一、请临街住户在5月5日前自行揭除窗户外侧粘贴的静电贴、广告贴，内侧粘贴的不受影响。
二、清洗期间请关好窗户，阳台不要晾晒衣物。
三、如需物业协助揭除高处静电贴，请联系物业服务中心登记。
联系电话：0736-5849903
骔山县荍苑物业服务有限公司
2025年4月28日
""",
    ),
]

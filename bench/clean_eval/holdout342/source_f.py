"""holdout342, part F: training schools, cloud drives, search caches, print views and
forwarded mails. Every page, site, place, person, number and URL is invented; each case
written by hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="school-qiaoda-brochure-magnetic-tiles-fees",
        site="巧搭乐学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaodale.com/kecheng/cilipian-zhoumo.html",
        title="磁力片创意搭建周末班招生简章",
        record_title="〔小班招生〕磁力片创意搭建周末班招生简章（4—6岁可报）｜巧搭乐学堂",
        date=None,
        notes="training school: promo banner, a franchise 400 line and a consult float beside the brochure's own "
        "报名电话; a course table; a sentence telling parents to scan the sign-up code stays body; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔小班招生〕磁力片创意搭建周末班招生简章（4—6岁可报）｜巧搭乐学堂</title></head>
<body>
<div class="promo">⟦a 暑期早鸟价：6月30日前报名立减200元，再送磁力片收纳盒⟧</div>
<div class="hd">⟦m 巧搭乐学堂⟧ ⟦m 动手搭一搭，脑子转一转⟧ <span>⟦w 全国加盟热线 400-655-7120⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 课程体系⟧ ⟦m 师资团队⟧ ⟦m 校区分布⟧ ⟦m 加盟合作⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 婉湖校区 · 已有 836 位家长咨询⟧</div>
{BODY}
<div class="try">⟦a 预约一节免费体验课 ›⟧</div>
<div class="float">⟦w 课程顾问在线，点我咨询⟧</div>
<div class="ft">⟦m 颂阳巧搭乐教育咨询有限公司　湘ICP备23009116号⟧</div>
</body></html>
""",
        body="""
磁力片创意搭建周末班面向4至6岁儿童，通过动手拼搭认识平面图形和立体图形，培养空间想象力和专注力。
一、课程安排
课程　内容　课时
启蒙班　认识三角形、正方形，搭平面图案　8次
进阶班　搭立方体、金字塔和小房子　8次
创意班　合作搭建主题场景　8次
二、上课时间：每周六或周日上午9:30—10:30，每班不超过10人。
⟦a 点击查看婉湖校区实拍环境⟧
三、收费标准：每期960元，含全部教具使用费，教具不带回家。
四、报名方式：扫描下方二维码填写报名表，或拨打报名电话0739-7781546。
""",
    ),
    dict(
        slug="school-moyun-notice-pencil-caps-grip",
        site="棱溪墨韵书法培训学校 (invented training school, text page)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lxmoyun.cn/news/tz/2025/0314/47.html",
        title="关于硬笔书法班学员统一使用铅笔套的通知",
        record_title="学员须知丨关于硬笔书法班学员统一使用铅笔套的通知 - 墨韵书法",
        date="2025-03-14",
        notes="training school text: a trial-lesson line and a teacher's WeChat line; the school's slogan and "
        "campus list; 成文日期 under the signature",
        page="""
!m 墨韵书法　一笔一画，写好中国字
!m 首页 › 学校通知
{T}
!m 发布人：教务处　｜　阅读 129
{BODY}
!a 新学员可预约 1 次硬笔体验课，名额有限
!w 咨询请加教务老师微信：moyun_jw2025
!l 校区：棱溪本部　｜　巘山县城分校
!m 棱溪墨韵书法培训学校　办学许可证号：教民143102370000117号
""",
        indent="\u3000\u3000",
        body="""
各位家长：
为帮助孩子养成正确的握笔姿势，从下周起，本校硬笔书法初级班学员练习铅笔字时统一使用握笔型铅笔套。现将有关事项通知如下：
一、握笔型铅笔套由学校统一发放，每位学员两个，不另收费。
二、铅笔套套在距笔尖约3厘米处，孩子的拇指和食指分别放在两侧凹槽内，家长在家陪练时请注意提醒。
三、铅笔请选用HB或2B木质铅笔，不要使用自动铅笔。
四、铅笔套如有丢失，可到前台补领。
感谢各位家长的支持与配合！
棱溪墨韵书法培训学校
2025年3月14日
""",
    ),
    dict(
        slug="clouddrive-yunxia-points-puzzle-mats-pdf",
        site="云匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="技术要点",
        kind="other",
        form="html",
        source="https://pan.yunxia.cn/s/1rT8kPq2",
        title="幼儿园拼图地垫铺设与维护技术要点",
        record_title="幼儿园拼图地垫铺设与维护技术要点.pdf",
        date=None,
        notes="cloud-drive preview: file-name record title, save/download buttons, VIP speed prompts, a preview "
        "limit line between paragraphs; '3 days ago' share stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>幼儿园拼图地垫铺设与维护技术要点.pdf_免费高速下载|云匣网盘</title></head>
<body>
<div class="hd">⟦m 云匣网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级匣子会员⟧</a></div>
<div class="share-info"><h2>{T}</h2>
<p>⟦m 文件大小：1.6MB　分享者：棱溪保育组　分享时间：3 天前　有效期：永久⟧</p>
<p><button>⟦a 保存到我的云匣⟧</button> <button>⟦a 下载（需安装客户端）⟧</button></p></div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 非会员下载限速 100KB/s，开通超级匣子会员立享满速⟧</div>
<div class="report">⟦a 举报此分享⟧</div>
<div class="ft">⟦d 云匣网盘仅提供存储服务，用户分享内容由其自行负责。⟧ ⟦m 沪ICP备20007731号⟧</div>
</body></html>
""",
        p_html='<div class="page-line">{}</div>',
        body="""
一、铺设前
1．地面应平整、干燥，凹凸不平处先用自流平找平。
2．拼图垫开箱后在通风处摊开放置不少于7天，无明显异味后再铺设。
二、铺设中
3．由房间中央向四周铺设，拼扣对齐压实，边缘用收边条收口。
4．靠近暖气片、电暖器的位置留出50厘米空隙，不铺地垫。
⟦a 在线预览最多 3 页，完整文件请保存后查看⟧
三、日常维护
5．每日用湿拖把擦拭表面，不得使用硬毛刷。
6．每周拆开拼缝检查，清除积尘；发现破损、翘边、掉渣的单块及时更换。
7．地垫使用满三年应整体评估，必要时全部更新。
""",
    ),
    dict(
        slug="clouddrive-yunxia-report-book-racks-markers",
        site="云匣网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://pan.yunxia.cn/s/9mWc4Lz7",
        title="2024年度学校图书室管理员述职报告",
        record_title="2024年度学校图书室管理员述职报告（含绘本角改造）- 云匣网盘分享",
        date="2025-01-10",
        notes="cloud-drive text preview cut by '⌃n⌄' markers on lines of their own; save/download rows and a "
        "VIP line; the 述职人 line and 成文日期 at the end",
        page="""
!m 云匣网盘 · 分享文件预览
!m 2024年度学校图书室管理员述职报告.docx　｜　38KB　｜　分享于 昨天
!a 保存到网盘　　下载　　用云匣文档打开
{T}
{BODY}
!a 开通超级匣子会员，预览不限页数
!m 分享者：xiaolan_tsg
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⌃{n}⌄", every=130, start=2),
        body="""
各位领导、老师：
2024年，我担任学校图书室管理员，现将一年来的工作报告如下。
一、完成绘本角改造。针对低年级学生取书难的问题，我向学校提出改造建议，将原有的6个高书架换成12组正面展示式绘本架，最高一层不超过1米。改造后，低年级学生的借阅量比上年增长了近一倍。
二、规范图书管理。全年新编目图书2140册，剔除破损图书310册，完成了全部藏书的电子化登记。
三、开展阅读活动。组织“绘本故事会”18场，协助各班建立班级图书角。
不足之处是阅读活动的形式还比较单一。新的一年，我将继续努力，把图书室办成孩子们喜欢的地方。
述职人：庞晓岚
2025年1月10日
""",
    ),
    dict(
        slug="snapshot-huansou-notice-pencil-caps-frame",
        site="寰搜快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.huansou.com/c?u=jyj.yanshan.example.gov.cn/tzgg/2025/0414/712.html",
        title="关于做好小学生笔帽类文具防误吸安全提醒的通知",
        record_title="关于做好小学生笔帽类文具防误吸安全提醒的通知_巘山县教育局（寰搜快照）",
        date="2025-04-11",
        date_also=["2025-04-14"],
        notes="search cache: a capture banner with its crawl time (no date), highlighted keywords, the cached "
        "portal's nav and 发布日期 (differs from the 成文日期), a 'view the live page' link",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于做好小学生笔帽类文具防误吸安全提醒的通知_巘山县教育局（寰搜快照）</title></head>
<body>
<div class="cache-banner">⟦d 您正在查看的是 寰搜 于 2025年4月20日 03:12 抓取的页面副本，当前页面可能已经更新⟧
<a>⟦a 查看网页最新版本⟧</a>　⟦m 已为您标亮：<b>铅笔套</b> <b>误吸</b>⟧</div>
<div class="cached">
<div class="hd">⟦m 巘山县教育局⟧ ⟦m 首页 | 教育动态 | 通知公告 | 政策文件⟧</div>
<h1>{T}</h1>
<p class="info">⟦m 发布日期：2025-04-14　来源：安全稳定股⟧</p>
{BODY}
<p class="ft">⟦m 巘山县教育局主办　湘ICP备10007725号⟧</p>
</div>
</body></html>
""",
        body="""
各小学：
近期，外地发生一起小学生误吸铅笔套导致窒息的事故。为防止类似事件发生，现就做好笔帽类文具防误吸安全提醒工作通知如下。
一、各校要利用班会课、晨会等时间，教育学生不要咬铅笔、铅笔套和笔帽，不要把小文具含在嘴里。
二、建议家长为孩子选用顶端有通气孔的铅笔套，不买造型过小的卡通笔帽。
三、各校要组织班主任和校医学习海姆立克急救法，5月底前实现全员培训。
巘山县教育局
2025年4月11日
""",
    ),
    dict(
        slug="snapshot-textcache-letter-pencil-caps-oneline",
        site="寰搜快照 (invented search cache, text-only view)",
        style="搜索快照",
        genre="函",
        kind="other",
        form="text",
        source="http://cache.huansou.com/t?u=www.zaoxi.example.gov.cn/zwgk/scjgj/202505/t20250506_90117.html",
        title="关于商请提供铅笔套产品安全检测技术支持的函",
        record_date="2025-05-06",
        date="2025-05-06",
        notes="text-only cache: the whole letter on one line; a capture banner and a 'text only' switch; the "
        "record gives title and date; the letter's own contact stays body",
        page="""
!d 这是 寰搜 为您保存的纯文字版页面，图片和样式已略去，原网页可能已变化
!a 切换到完整版快照　｜　访问原网页
!m 璪溪县人民政府 › 政务公开 › 部门文件
{T}
{BODY}
!m 快照生成于 6 天前
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
颂阳市产品质量监督检验所：
为做好全县中小学生文具安全专项检查，我局拟于5月至6月对校园周边销售的铅笔套、笔帽等小文具开展抽样检测。因我局不具备相关检测条件，特商请贵所在以下方面给予技术支持：
一、协助制定铅笔套抽样方案和检测项目；
二、承担约30批次样品的通气孔、小零件和可迁移元素检测；
三、派员为我局执法人员讲解检测标准。
检测费用由我局按规定支付。请予支持为盼。
联系人：欧阳萍　电话：0739-6218460
璪溪县市场监督管理局
2025年5月6日
""",
    ),
    dict(
        slug="print-wanhu-bulletin-puzzle-mats-footer",
        site="婉湖区卫生健康局 (invented portal, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://wjj.wanhu.example.gov.cn/print.jsp?id=5529",
        title="关于部分托育机构未按期更换破损拼图垫的通报",
        record_title="打印预览 ⁄ 关于部分托育机构未按期更换破损拼图垫的通报 · 婉湖区卫生健康局",
        date="2025-05-27",
        notes="print view calling window.print(): print/close buttons, the portal's name and a URL line at the "
        "top, a print footer '⊺ 1 / 1 页 ⊺' closing the page; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印预览 ⁄ 关于部分托育机构未按期更换破损拼图垫的通报 · 婉湖区卫生健康局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head>
<body>
<div class="noprint">⟦a 🖨 立即打印⟧　⟦a ✕ 关闭本窗口⟧</div>
<p class="site">⟦m 婉湖区卫生健康局 · 通知公告⟧</p>
<p class="url">⟦m 本页地址：http://wjj.wanhu.example.gov.cn/tzgg/2025/0528/5529.html⟧</p>
<h2>{T}</h2>
{BODY}
<p class="pf">⟦p ⊺ 1 / 1 页 ⊺⟧</p>
</body></html>
""",
        body="""
各托育机构：
5月中旬，区卫生健康局对全区托育机构开展了安全巡查，发现部分机构未按上次通报要求更换破损拼图垫。现将有关情况通报如下：
一、婉湖区小橘灯托育园午睡室拼图垫多处开裂，碎屑散落在地面；
二、婉湖区启明星托育中心活动室拼图垫拼缝翘起，幼儿行走时易绊倒；
三、婉湖区童趣屋托育园未建立地垫清洁记录。
以上机构须在6月10日前完成整改，并将整改前后的照片报送区卫生健康局。逾期未整改的，将暂停其年度评优资格。
婉湖区卫生健康局
2025年5月27日
""",
    ),
    dict(
        slug="print-lengxi-rules-book-racks-footer",
        site="棱溪镇中心小学 (invented school site, print view)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.lxzx.example.cn/print.asp?id=318",
        title="小学图书角绘本架使用管理规定",
        record_title="〔打印专用〕小学图书角绘本架使用管理规定 - 棱溪镇中心小学",
        date=None,
        notes="print view text: print/close row, a printed-at stamp (no date), the URL line and a print footer "
        "'⋚ 页 1 之 1 ⋛'; rules with 第N条 whose last article gives only an effective date (no date)",
        page="""
!a 【打印】　【返回】
!m 棱溪镇中心小学　规章制度
!m 打印时间：刚刚
{T}
{BODY}
!m http://www.lxzx.example.cn/gzzd/318.html
!p ⋚ 页 1 之 1 ⋛
""",
        body="""
第一条　为规范班级图书角绘本架的使用和管理，营造良好的阅读环境，制定本规定。
第二条　绘本架由班主任负责管理，各班推选两名图书管理员协助。
第三条　绘本架应靠墙摆放并与墙体固定，不得放置在门后、窗下和过道。
第四条　绘本按封面朝外、由低到高的顺序摆放，最上层不放厚重图书。
第五条　学生借阅绘本须登记，一次限借一册，三日内归还。
第六条　绘本架出现松动、开裂的，管理员应当天报告总务处维修。
第七条　本规定自2025年3月1日起施行。
""",
    ),
    dict(
        slug="mail-webmail-letter-pencil-caps-attachment-bar",
        site="颂阳童文文具 webmail (invented mail reading view)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.tongwenwj.com/read?mid=ZC0318-A7731",
        title="关于订购定制校徽铅笔套的函",
        record_title="转寄：回复：关于订购定制校徽铅笔套的函（请报价）",
        date="2025-03-18",
        date_also=["2025-03-19"],
        notes="webmail reading view: forwarded header (发件人/收件人/抄送/时间), an attachment bar with download "
        "and preview beside the letter's own 附件 list, the letter's contact and mailbox; mail date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转寄：回复：关于订购定制校徽铅笔套的函（请报价） - 童文企业邮箱</title></head>
<body>
<div class="mail-top">⟦m 童文企业邮箱⟧ ⟦m 销售部 许晴 ｜ xuqing@tongwenwj.com⟧ <a>⟦a 退出⟧</a></div>
<div class="toolbar">⟦a 返回　回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="subject"><h3>⟦t 转寄：回复：关于订购定制校徽铅笔套的函（请报价）⟧</h3></div>
<div class="head"><p>⟦m 发件人：销售部经理 贾文远 &lt;jiawenyuan@tongwenwj.com&gt;⟧</p>
<p>⟦m 收件人：许晴⟧</p><p>⟦m 抄送：生产部 王小骞⟧</p><p>⟦m 时间：2025年3月19日（星期三）上午10:26⟧</p></div>
<div class="mail-body">
<p>⟦m 许晴：这单请今天内核价，样品照片找设计部要。——贾⟧</p>
<div class="fwd">⟦m ---------- 转发的邮件 ----------⟧<br>⟦m 发件人：厍口镇中心小学总务处 &lt;zwc_ksxx@163.com&gt;⟧<br>⟦m 主题：关于订购定制校徽铅笔套的函⟧</div>
{BODY}
</div>
<div class="att-bar"><p>⟦a 附件（2 个）⟧</p><p>⟦a 校徽图样.png（312KB）预览 下载⟧</p><p>⟦a 铅笔套尺寸示意图.pdf（88KB）预览 下载⟧</p><p>⟦a 打包下载全部附件⟧</p></div>
<div class="mail-ft">⟦d 本邮件可能包含商业机密，如误收请删除并告知发件人。⟧</div>
</body></html>
""",
        body="""
颂阳童文文具有限公司：
我校拟为2025级新生订购定制铅笔套，作为入学礼物发放。现将有关要求函告如下：
一、数量：1200个，其中蓝色、黄色各600个。
二、样式：接长式铅笔套，长约5厘米，一侧印校徽，顶端设通气孔。
三、质量：材料须提供检测报告，印刷图案不得掉色。
四、交货时间：2025年8月15日前送达我校总务处。
请贵司于3月31日前回复报价及样品照片。
联系人：邝老师　电话：0739-5512847　邮箱：zwc_ksxx@163.com
附件：1．校徽图样
2．铅笔套尺寸示意图
厍口镇中心小学
2025年3月18日
""",
    ),
    dict(
        slug="mail-forward-feedback-posture-docx",
        site="forwarded mail as text (invented)",
        style="邮件转发",
        genre="反馈汇总",
        kind="other",
        form="text",
        source="mail://zhengyankids.com/product/2025-03-04/fw-feedback",
        title="坐姿矫正器试用反馈汇总（第二轮）",
        record_title="转发（外部）：坐姿矫正器试用反馈汇总（第二轮）.docx",
        date="2025-03-03",
        date_also=["2025-03-04"],
        notes="a forwarded mail dumped as text: forward headers (发件人/收件人/抄送/日期/主题), a forwarder's "
        "note, a numbered list and an 附件 line in the body; the mail date differs from the summary's date",
        page="""
!m ---------- Forwarded message ----------
!m 发件人：黎若溪 <liruoxi@zhengyankids.com>
!m 日期：2025年3月4日 周二 09:12
!m 主题：转发（外部）：坐姿矫正器试用反馈汇总（第二轮）.docx
!m 收件人：产品部 <product@zhengyankids.com>
!m 抄送：结构组 尹可
!m 各位：汇总见下，原件在附件里。
{T}
{BODY}
!m --
!m 黎若溪｜市场部｜正衍儿童用品｜分机 3021
!d 此邮件由企业邮箱发出，请勿转发给公司以外的人员。
""",
        body="""
产品部各位同事：
第二轮坐姿矫正器试用已于2月28日结束，共回收有效反馈表46份，汇总如下：
一、总体评价：认为“有帮助”的31份，“一般”的11份，“没有帮助”的4份。
二、主要意见：
1．桌夹式支架夹口太紧，部分课桌夹不上；
2．下巴托的硅胶套夏天容易出汗，建议改为透气网布；
3．高度调节旋钮不好拧，低年级孩子自己调不动。
三、改进建议：请结构组3月10日前提出夹口和旋钮的修改方案。
附件：第二轮试用反馈表（扫描件）
市场部 黎若溪
2025年3月3日
""",
    ),
]

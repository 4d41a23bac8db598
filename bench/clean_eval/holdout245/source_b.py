"""holdout245, part B: government, Party-building, education, personnel-exam and tender portals.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="gov-yunyang-notice-retire-fax-index-table",
        site="溳阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yunyang-xian.gov.cn/zwgk/tzgg/202506/t20250609_318264.html",
        title="关于逐步停用普通传真机全面推行电子公文传输的通知",
        record_title="关于逐步停用普通传真机全面推行电子公文传输的通知-政务公开-溳阳县人民政府门户网站",
        date="2025-06-06",
        date_also=["2025-06-09"],
        notes="county portal: 长辈版/无障碍 links, 索引号 table (the 文号 cell unmarked), attachment download links "
        "beside the document's own 附件 list, 纠错 and service lines beside the document's 联系人/电话; "
        "抄送 and 印发 lines; portal date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8">
<title>关于逐步停用普通传真机全面推行电子公文传输的通知-政务公开-溳阳县人民政府门户网站</title>
<script src="/common/js/jquery.min.js"></script>
<script>var _govStat={site:"yyx",col:"tzgg"};</script>
</head>
<body>
<div class="gov-top"><span>⟦m 溳阳县人民政府门户网站⟧</span>
<a href="/elder/">⟦a 长辈版⟧</a> <a href="javascript:;" id="wza">⟦a 无障碍辅助⟧</a> <a href="/en/">⟦a EN⟧</a></div>
<ul class="gov-nav"><li>⟦m 首页⟧</li><li>⟦m 走进溳阳⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 政民互动⟧</li></ul>
<div class="gov-crumb">⟦m 您的位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="gov-index">
<tr><td>⟦m 索 引 号：011320417/2025-00863⟧</td><td>⟦m 主题分类：机关事务⟧</td></tr>
<tr><td>⟦m 发布机构：溳阳县人民政府办公室⟧</td><td>⟦m 发布日期：2025-06-09⟧</td></tr>
<tr><td>文　　号：溳政办发〔2025〕17号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<div class="gov-art">
<h1>{T}</h1>
<div class="gov-tools">⟦a 【字号 放大 还原】⟧ ⟦a 【打印正文】⟧ ⟦a 【关掉此页】⟧</div>
{BODY}
<div class="gov-fj"><p>⟦a 附件下载：传真机保留申请表.xlsx⟧</p><p>⟦a 附件下载：停用传真机登记表.xlsx⟧</p></div>
</div>
<div class="gov-share">⟦l 分享至：微信 微博 复制链接⟧</div>
<div class="gov-rel"><h4>⟦l 相关文件⟧</h4><p>⟦l 溳阳县电子公文传输系统使用管理办法⟧</p><p>⟦l 县政府办公室关于规范公文报送渠道的通知⟧</p></div>
<div class="gov-foot">
<p>⟦m 主办：溳阳县人民政府办公室　承办：溳阳县融媒体中心⟧</p>
<p>⟦m 网站纠错热线：0718-6230000　政务服务热线：12345⟧</p>
<p>⟦m 网站标识码4211830027　鄂ICP备05004127号⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直各单位：
为提高公文传输效率，节约行政成本，经县人民政府同意，自2025年7月1日起，全县行政机关逐步停用普通传真机，公文统一通过电子公文传输系统收发。现将有关事项通知如下。
一、7月1日起，县直各单位之间、县与乡镇之间的公文一律通过电子公文传输系统发送，不再以传真方式报送。
二、机要、应急值守等确需保留的传真机，由使用单位于6月20日前填写保留申请表，报县机关事务服务中心备案。
三、停用的传真机由各单位登记造册，统一交县机关事务服务中心按资产处置规定处理，不得自行变卖。
联系人：县机关事务服务中心　邬晗，电话：0718-6231507。
附件：1.传真机保留申请表
2.停用传真机登记表
溳阳县人民政府办公室
2025年6月6日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
溳阳县人民政府办公室　2025年6月6日印发
""",
    ),
    dict(
        slug="gov-qiancheng-bulletin-badge-spot-check-table",
        site="灊城市市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjg.qiancheng.gov.cn/xxgk/cjgs/202504/t20250423_77419.html",
        title="关于2025年春季学生校服及校徽产品质量监督抽查情况的通报",
        record_title="〔抽检信息〕关于2025年春季学生校服及校徽产品质量监督抽查情况的通报——灊城市市场监督管理局",
        date="2025-04-22",
        notes="bureau portal as text: a data table one row a paragraph (cells apart by ideographic spaces), "
        "抄送 line; view count and source line; decorated record title; 成文日期",
        page="""
!m 灊城市市场监督管理局　政府信息公开
!m 当前栏目：信息公开 > 抽查检验 > 结果通报
!t 〔抽检信息〕关于2025年春季学生校服及校徽产品质量监督抽查情况的通报
!m 信息来源：产品质量安全监督管理科　　访问量：1473
!a 〖小〗〖中〗〖大〗　〖打印此页〗
{BODY}
!l 上一条：2025年第一季度电动自行车产品质量抽查结果
!l 下一条：关于开展儿童用品质量安全宣传周活动的通知
!m 灊城市市场监督管理局主办　地址：灊城市阊湖区健康路188号　邮编：436100
!m 投诉举报：12315　网站维护：0716-8226541
""",
        indent="\u3000\u3000",
        body="""
各县（区）市场监督管理局，各有关企业：
2025年3月，我局组织对全市生产、销售的学生校服及校徽产品开展了质量监督抽查，共抽查32家企业的60批次产品，发现不合格产品5批次。现将有关情况通报如下。
一、抽查结果
产品类别　抽查批次　不合格批次　主要不合格项目
校服　44　3　纤维含量、pH值
金属校徽　12　2　别针尖端锐利、镀层脱落
刺绣校徽　4　0　无
二、处理要求
各县（区）局要依法对不合格产品的生产、销售单位进行后处理，督促企业查明原因、整改到位，并于5月20日前将处理情况报市局。
各学校采购校徽时，应查验产品合格证明，不得采购别针无保护套的金属校徽。
灊城市市场监督管理局
2025年4月22日
抄送：市教育局，各县（区）人民政府。
""",
    ),
    dict(
        slug="party-qianxi-speech-sashes-cn-date",
        site="汧溪先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.qianxi-xianfeng.cn/djyw/2025/0701/10482.html",
        title="在全县“两优一先”表彰大会上的讲话",
        record_title="【七一特辑】在全县“两优一先”表彰大会上的讲话｜汧溪先锋网·党建要闻",
        date="2025-06-30",
        date_also=["2025-07-01"],
        notes="Party portal: study-points prompt, read-on-phone QR line, source/editor line; a date in Chinese "
        "numerals under the speech title and a speaker line (both neutral); portal date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【七一特辑】在全县“两优一先”表彰大会上的讲话｜汧溪先锋网·党建要闻</title>
<script src="/static/qx/party.js"></script></head>
<body>
<div class="dj-head"><span class="logo">⟦m 汧溪先锋网⟧</span><span class="slogan">⟦m 中共汧溪县委组织部主办⟧</span></div>
<div class="dj-nav">⟦m 首页　党建要闻　组织建设　干部工作　人才工作　先锋风采⟧</div>
<div class="dj-pos">⟦m 当前位置：首页 » 党建要闻⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<p class="dj-src">⟦m 来源：县委组织部　　发布时间：2025-07-01 08:30　　编辑：晏澄⟧</p>
<p class="dj-qr">⟦a 手机扫一扫，随时随地看先锋⟧</p>
<p class="dj-date" style="text-align:center">（二〇二五年六月三十日）</p>
<p class="dj-speaker" style="text-align:center">县委副书记　梁屹舟</p>
{BODY}
<div class="dj-points">⟦a 读完本文可领取1个学习积分，登录“汧溪e先锋”后自动入账⟧</div>
</div>
<div class="dj-side"><h3>⟦l 先锋风采⟧</h3>
<p>⟦l 隩口镇：党员中心户撑起“微网格”⟧</p><p>⟦l 陬田镇老党员义务宣讲二十年⟧</p></div>
<div class="dj-foot">⟦m 主办单位：中共汧溪县委组织部　联系电话：0917-4510286⟧<br>⟦m 陕ICP备17003392号-1⟧</div>
</body></html>
""",
        body="""
同志们：
在中国共产党成立104周年之际，县委召开全县“两优一先”表彰大会，表彰一批优秀共产党员、优秀党务工作者和先进基层党组织。刚才，受表彰的同志们佩戴上了鲜红的绶带，我代表县委向你们表示热烈祝贺！
这条绶带，是荣誉，更是责任。受表彰的同志要珍惜荣誉、戒骄戒躁，把绶带上的“光荣”二字落实到日常工作中，继续在岗位上当标杆、作表率。
各级党组织要大力宣传先进典型的事迹，让身边人讲身边事、身边事教身边人，营造学习先进、争当先进的浓厚氛围。
同志们，让我们更加紧密地团结在以习近平同志为核心的党中央周围，以先进为榜样，为建设美丽汧溪作出新的更大贡献！
""",
    ),
    dict(
        slug="party-yunyang-summary-badge-wrapped",
        site="溳阳党建在线 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.yunyang-xian.gov.cn/jcdj/2024/1220/6651.html",
        title="校党支部“佩校徽、亮身份、作表率”活动工作总结",
        record_title="活动撷英 ⦂ 校党支部“佩校徽、亮身份、作表率”活动工作总结 - 溳阳党建在线",
        date="2024-12-18",
        notes="Party site as text, hard-wrapped at 56 columns; a table-like figure sentence; decorated record "
        "title; 成文日期 under the signature; a study prompt between paragraphs",
        page="""
!m 溳阳党建在线　|　基层党建
!t 活动撷英 ⦂ 校党支部“佩校徽、亮身份、作表率”活动工作总结
!m 作者：县委教育工委　　点击数：388
!a ［打印］［收藏］［转发朋友圈］
{BODY}
!l 延伸学习：“双培养”工程让教师党员成为教学骨干
!m 版权所有：中共溳阳县委组织部　技术支持：溳阳县融媒体中心
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
今年以来，溳阳县第三中学党支部在全体党员教师中开展“佩校徽、亮身份、作表率”活动，推动党员在教育教学一线发挥先锋作用。现将活动开展情况总结如下。
一是统一佩戴，亮明身份。支部为全校41名党员教师配发了党徽和新版校徽，要求党员教师在校期间同时佩戴，上课、值周、家访时主动亮明身份，接受师生和家长监督。
⟦a 学习打卡：点亮本篇即记0.5学时⟧
二是设岗定责，争当表率。支部设立“党员示范课堂”“党员护学岗”等岗位12个，党员教师全年上示范课67节，结对帮扶学困生93名。
三是以点带面，带动全体。在党员教师带动下，全校师生佩戴校徽已成习惯，学生佩戴率从年初的71%提高到98%。
下一步，支部将把“亮身份”活动与师德师风建设结合起来，推动党建工作与教育教学深度融合。
溳阳县第三中学党支部
2024年12月18日
""",
    ),
    dict(
        slug="edu-qianxi-notice-badge-wearing-attachment",
        site="汧溪县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jtj.qianxi.gov.cn/tzgg/2025/0226/2207.html",
        title="关于进一步规范全县中小学生佩戴校徽的通知",
        record_title="关于进一步规范全县中小学生佩戴校徽的通知 ◈ 通知公告 ◈ 汧溪县教育体育局",
        date="2025-02-24",
        date_also=["2025-02-26"],
        notes="education bureau: 关怀版/读屏 links, publish line, attachment link beside the 附件 line, a technical "
        "support line beside the document's contact and mailbox; 请各学校下载附件 as content; portal date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于进一步规范全县中小学生佩戴校徽的通知 ◈ 通知公告 ◈ 汧溪县教育体育局</title>
<script src="/js/jtj-common.js"></script></head>
<body>
<div class="jy-top">⟦m 汧溪县教育体育局⟧ <a>⟦a 关怀版⟧</a> <a>⟦a 读屏专用通道⟧</a></div>
<div class="jy-nav">⟦m 首页 | 机构概况 | 教育动态 | 通知公告 | 招生考试 | 办事指南⟧</div>
<div class="jy-path">⟦m 首页 › 通知公告 › 正文⟧</div>
<h1>{T}</h1>
<div class="jy-meta">⟦m 发布时间：2025-02-26　　发布科室：基础教育股　　阅读：1106⟧</div>
<div class="jy-body">
{BODY}
</div>
<div class="jy-att">⟦a 📎 校徽佩戴情况统计表.xls（已下载 86 次）⟧</div>
<div class="jy-pn"><p>⟦l 上一篇：2025年春季学期开学工作安排⟧</p><p>⟦l 下一篇：关于开展中小学食堂食品安全检查的通知⟧</p></div>
<div class="jy-foot"><p>⟦m 汧溪县教育体育局版权所有⟧</p><p>⟦m 网站技术支持：0917-4520099（工作日）⟧</p><p>⟦m 陕ICP备16009822号⟧</p></div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
为增强学生的集体荣誉感，加强校园安全管理，现就进一步规范中小学生佩戴校徽有关事项通知如下。
一、各学校要明确学生在校期间统一佩戴校徽，佩戴位置为上衣左胸前。小学一、二年级可使用背胶式或磁吸式校徽，避免别针扎伤。
二、校徽由学校按成本价统一提供，不得指定学生到校外店铺购买，不得借机收取其他费用。
三、请各学校下载附件中的统计表，于3月15日前填报并发送至基础教育股邮箱 jcjyg@qxjtj.edu.cn。
联系人：基础教育股　甘若岚，电话：0917-4522618。
附件：校徽佩戴情况统计表
汧溪县教育体育局
2025年2月24日
""",
    ),
    dict(
        slug="edu-qiancheng-plan-certificate-folders-decimal",
        site="灊城教育网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.qiancheng-edu.cn/xxdt/2025/0612/9930.html",
        title="2025届毕业典礼毕业证书及证书夹发放工作方案",
        record_title="【毕业季·学校动态】2025届毕业典礼毕业证书及证书夹发放工作方案_灊城教育网",
        date="2025-06-10",
        notes="education portal as text: decimal headings 1.1–3.2 stay in the body; 证书打印 as content; a photo "
        "line between paragraphs; decorated record title; 成文日期 under the signature",
        page="""
!m 灊城教育网　www.qiancheng-edu.cn
!m 首页 >> 学校动态 >> 毕业季
!t 【毕业季·学校动态】2025届毕业典礼毕业证书及证书夹发放工作方案
!m 供稿：灊城市第六中学　　审核：市教育局宣传科　　浏览次数：512
{BODY}
!a 【读屏模式】【关闭窗口】
!l 本栏目更多：六中举行2025届高三成人礼 · 市直学校毕业典礼安全提示
!m 灊城市教育局主办　电话：0716-8106200
""",
        body="""
为做好2025届毕业生毕业证书发放工作，让每一位毕业生都能在毕业典礼上郑重领取证书，特制定本方案。
1 工作安排
1.1 毕业证书统一装入学校定制的深蓝色证书夹，证书夹封面烫印校徽和“2025届毕业纪念”字样。
1.2 6月25日毕业典礼上，由班主任逐一为本班学生颁发证书夹。
⟦m （附图：新版毕业证书夹样品　学校供图）⟧
2 职责分工
2.1 教务处负责证书打印、核对和装夹，6月20日前完成。
2.2 总务处负责证书夹采购验收，抽查装订是否牢固、烫金是否清晰。
2.3 各班主任负责典礼当天的签领，学生签字后方可领取。
3 有关要求
3.1 证书信息须经学生本人核对签字，防止出现错字。
3.2 未能到场的学生，可于7月10日前凭身份证到教务处领取。
灊城市第六中学
2025年6月10日
""",
    ),
    dict(
        slug="exam-qiancheng-notice-certificate-pickup",
        site="灊城人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qcrsks.cn/zsfa/2025/0318/3311.html",
        title="关于领取2024年度中级专业技术资格证书的通知",
        record_title="〔证书发放〕关于领取2024年度中级专业技术资格证书的通知 - 灊城人事考试网",
        date="2025-03-18",
        notes="personnel-exam site: maintenance banner, entry float, publish line; the document's 咨询电话 beside "
        "the site's technical line; 下载并打印 a form as content; decorated record title; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔证书发放〕关于领取2024年度中级专业技术资格证书的通知 - 灊城人事考试网</title>
<script src="/assets/ks/main.js"></script></head>
<body>
<div class="ks-banner">⟦d 系统升级公告：3月22日00:00至06:00报名系统暂停服务，给您带来不便敬请谅解⟧</div>
<div class="ks-head">⟦m 灊城人事考试网⟧ <span>⟦m 灊城市人事考试中心主办⟧</span></div>
<div class="ks-nav">⟦m 首页　考试信息　报名入口　成绩查询　证书发放　政策法规⟧</div>
<div class="ks-crumb">⟦m 首页 / 证书发放 / 正文⟧</div>
<div class="ks-art">
<h2>{T}</h2>
<div class="ks-info">⟦m 发布时间：2025-03-18　来源：本站　字号：大 中 小⟧</div>
{BODY}
</div>
<div class="ks-float"><a>⟦a 证书查询入口⟧</a><a>⟦a 报名入口⟧</a></div>
<div class="ks-foot"><p>⟦m 考试系统技术服务：0716-8813999（仅受理网站和报名系统技术问题）⟧</p><p>⟦m 灊城市人事考试中心　版权所有⟧</p><p>⟦m 鄂ICP备19008842号-2⟧</p></div>
</body></html>
""",
        body="""
各有关单位、各位考生：
2024年度全市中级专业技术资格证书已制作完成，现将领取有关事项通知如下。
一、领取时间：2025年3月24日至4月11日（工作日上午9:00—11:30，下午2:30—5:00）。
二、领取地点：灊城市人事考试中心一楼证书发放窗口。
三、领取方式：考生本人持身份证原件领取；委托他人领取的，须出具委托书。单位集中领取的，请登录本网站下载并打印《证书集中领取登记表》，加盖单位公章后前来办理。
四、证书随附统一配发的证书夹，请现场核对证书信息，离开窗口后不再受理更正。
咨询电话：0716-8813042。
灊城市人事考试中心
2025年3月18日
""",
    ),
    dict(
        slug="exam-yunyang-announcement-no-fax-pdf",
        site="溳阳县人力资源和社会保障局 考试专栏 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsj.yunyang-xian.gov.cn/ksbm/202505/P020250508361.pdf",
        title="关于资格复审材料不再接受传真报送的公告",
        record_title="关于资格复审材料不再接受传真报送的公告.pdf",
        date="2025-05-08",
        notes="exam announcement saved from a PDF link page: file-name record title; the document's 咨询电话 "
        "beside the column's technical line; 成文日期 under the signature",
        page="""
!m 溳阳县人力资源和社会保障局 › 考试专栏 › 事业单位招聘
!t 关于资格复审材料不再接受传真报送的公告.pdf
!m 文件大小：126KB　　点击下载：412次
!a 在线阅读　　另存为PDF
{BODY}
!m 考试专栏技术咨询：0718-6239000（网站运维）
!d 本栏目发布的考试信息以正式文件为准，请勿轻信其他网站转载内容。
""",
        body="""
各位报考人员：
为确保资格复审材料清晰完整、便于核验，自本公告发布之日起，溳阳县事业单位公开招聘资格复审材料不再接受传真报送。现将有关事项公告如下。
一、报考人员须在规定时间内携带身份证、毕业证、学位证等原件及复印件，到现场参加资格复审。
二、因特殊情况无法到场的，可委托他人代为办理，委托书须本人签字并附身份证复印件。
三、此前已通过传真报送材料的，须在现场复审时补交原件，否则视为资格复审不合格。
咨询电话：0718-6239140（工作日8:30—17:30）
溳阳县人力资源和社会保障局
2025年5月8日
""",
    ),
    dict(
        slug="tender-qianxi-inquiry-binding-machines-lots",
        site="汧溪县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.qianxi.gov.cn/zfcg/xjgg/202504/t20250407_5512.html",
        title="汧溪县档案馆档案装订设备采购项目询价公告",
        record_title="〖设备询价〗汧溪县档案馆档案装订设备采购项目询价公告 - 汧溪县公共资源交易网",
        date="2025-04-07",
        notes="tender portal: countdown, attachment link, CA and trading-system hotlines beside the purchaser's "
        "and agency's contacts; a lots table one row a paragraph; decorated record title; dated notice",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖设备询价〗汧溪县档案馆档案装订设备采购项目询价公告 - 汧溪县公共资源交易网</title>
<script src="/js/ggzy.js"></script></head>
<body>
<div class="gz-top">⟦m 汧溪县公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a CA证书办理⟧</a></div>
<div class="gz-nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南⟧</div>
<div class="gz-pos">⟦m 交易信息 ＞ 政府采购 ＞ 询价公告⟧</div>
<h1>{T}</h1>
<div class="gz-info">⟦m 信息来源：县公共资源交易中心　浏览：274⟧</div>
<div class="gz-count">⟦m 距报价截止还剩：6天 21时 14分⟧</div>
<div class="gz-body">
{BODY}
</div>
<div class="gz-file">⟦a 询价文件：QXCG-2025-0417询价文件.zip（点击下载）⟧</div>
<div class="gz-foot">
<p>⟦m CA数字证书服务热线：400-6602-118⟧</p>
<p>⟦m 交易系统操作咨询：0917-4533000⟧</p>
<p>⟦m 汧溪县公共资源交易中心　地址：汧溪县隩口路66号⟧</p>
</div>
</body></html>
""",
        body="""
汧溪县档案馆档案装订设备采购项目已具备采购条件，现采用询价方式进行采购，欢迎符合条件的供应商参加报价。
一、项目编号：QXCG-2025-0417
二、采购内容
包号　设备名称　数量　最高限价（元）
1　全自动热熔装订机　2台　36000
2　电动打孔装订机　3台　15600
3　档案专用装订线及配件　1批　4200
三、供应商资格：具有独立承担民事责任的能力，参加采购活动前三年内无重大违法记录。
四、报价截止时间：2025年4月14日17时00分。
采购人：汧溪县档案馆，联系人：鲍黎，电话：0917-4521873。
代理机构：汧溪县恒信招标代理有限公司，联系人：蔺文清，电话：0917-4536602。
2025年4月7日
""",
    ),
    dict(
        slug="tender-yunyang-result-sashes-folders-record",
        site="溳阳县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.yunyang-xian.gov.cn/cjgg/2025/0425/1790.html",
        title="溳阳县总工会劳动模范表彰用品采购项目成交结果公告",
        record_date="2025-04-25",
        date="2025-04-25",
        notes="tender result as text: title and date given by the record; a results table one row a paragraph; "
        "purchaser and agency contacts beside the platform's hotline",
        page="""
!m 溳阳县政府采购网
!m 首页 - 采购公告 - 成交公告
{T}
!m 公告类型：成交结果　　所属区域：溳阳县　　阅读次数：96
{BODY}
!a 【我要提问】【打印公告】【分享】
!m 政府采购平台客服：0718-6256800（9:00-17:00）
!m 溳阳县财政局主管　溳阳县政府采购中心维护
""",
        body="""
一、项目名称：溳阳县总工会劳动模范表彰用品采购项目
二、项目编号：YYZB-2025-031
三、成交信息
包号　货物名称　成交供应商　成交金额（元）
1　表彰绶带（300条）　溳阳县锦程礼仪用品有限公司　8700
2　荣誉证书夹（300个）　灊城市德信文具有限公司　11400
四、评审小组成员：钟一帆、姚蕙、庞成林
五、公告期限：自本公告发布之日起1个工作日。
六、采购人：溳阳县总工会，联系人：蔡铭，电话：0718-6230722。
采购代理机构：溳阳县公信项目管理有限公司，联系人：冉可，电话：0718-6251189。
""",
    ),
]

"""holdout145, part F: encyclopaedias, cloud drives, search caches, print views, forwarded mails. Invented text."""

CASES = [
    dict(
        slug="wiki-html-zhishu-land-contract-transfer-entry",
        site="知树百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhishu.cn/item/土地经营权流转/50211",
        title="土地经营权流转",
        record_title="土地经营权流转_知树百科",
        date=None,
        notes="encyclopaedia entry: edit links, contents box, references; example date inside a sentence and a placeholder are no dates; 最近更新 stamp",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>土地经营权流转_知树百科</title></head><body>
<div class="hd">⟦m 知树百科 · 人人可编辑的知识树⟧ <a>⟦a 登录⟧</a></div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑词条　讨论　收藏⟧</div>
<div class="stat">⟦m 浏览次数：8402　最近更新：2天前⟧</div>
<div class="toc">⟦l 目录：1 定义 2 流转方式 3 合同要点⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：[1] 农村土地承包法释义⟧</div>
<div class="ft">⟦d 词条内容由网友协作编辑，仅供参考，如需专业意见请咨询当地农业农村部门。⟧</div>
</body></html>
""",
        body="""
土地经营权流转，是指承包农户在保留土地承包权的前提下，将承包地的经营权依法自愿有偿地让渡给其他农户或经营主体的行为。
流转方式主要有出租（转包）、入股和其他方式。流转期限不得超过承包期的剩余期限。
流转双方应当签订书面合同，一般写明双方姓名、地块位置和面积、流转期限和起止日期、流转价款及支付方式、违约责任等内容，例如写明“自2025年3月1日起至2030年2月28日止”。
合同落款处由双方签字并写明签订日期，样式为“____年__月__日”。
""",
    ),
    dict(
        slug="wiki-text-wenbao-tongbao-vs-tongzhi-answer",
        site="文宝问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenbao.example-qa.com/question/20250314/8812.html",
        title="通报和通知有什么区别？",
        record_title=None,
        date="2025-03-14",
        notes="Q&A: question as the title (from the page, record has none); 回答于 date the page's date; numbered comparison",
        page="""
!m 文宝问答　>　公文写作　>　文种辨析
{T}
!m 提问：基层小白　·　浏览 5612
!m 最佳答案　·　机关文秘老周　·　回答于 2025-03-14
{BODY}
!l 👍 有帮助 211　　👎 没帮助 3
!l 相关问题：公告和通告怎么区分？｜意见能不能用于上行文？
!a 打开文宝APP查看更多答案
""",
        body="""
两者都是常用的下行文，但用途不同。
1.用途不同。通报用于表彰先进、批评错误、传达重要精神和告知重要情况；通知用于发布、传达要求下级机关执行和有关单位周知或者执行的事项。
2.目的不同。通报重在教育和引导，让大家知道情况、吸取经验或教训；通知重在布置工作，要求对方办理或执行。
3.写法不同。通报一般叙述事实、分析评价、提出希望或要求；通知一般写明事项、要求和时限。
简单说，让大家“知道”的多用通报，让大家“去办”的多用通知。
""",
    ),
    dict(
        slug="netdisk-text-yunhe-road-chief-plan-markers",
        site="云盒网盘 (invented)",
        style="网盘分享",
        genre="实施方案",
        kind="plan",
        form="text",
        source="https://pan.yunhe.cc/s/1Qx8vR2mTz",
        title="芷江镇农村公路“路长制”实施方案",
        record_title="芷江镇农村公路路长制实施方案.wps",
        date="2025-04-02",
        notes="cloud drive text preview: file-name record title; page markers ▸n◂ glued cut sentences; share-expiry and save prompts",
        page="""
!m 云盒网盘　｜　文件分享
!m 芷江镇农村公路路长制实施方案.wps　　38KB　　分享者：镇交管站　　有效期：7天
!a 保存到我的云盒　　下载　　举报
!m 在线预览（WPS格式，部分版式可能错乱）
{T}
{BODY}
!a 登录后可查看更多分享文件
!d 云盒网盘严厉打击违法违规内容传播，分享者对文件内容负责
""",
        pages=dict(fmt="▸{n}◂", every=220, start=2, glue=True),
        body="""
为建立农村公路管理养护长效机制，根据县路长制工作部署，结合我镇实际，制定本方案。
一、组织体系。全镇设立镇、村两级路长，镇长任镇级总路长，各村党组织书记任村级路长，每条农村公路明确一名路长和一名专职护路员。
二、主要职责。镇级路长负责统筹辖区公路的建设、养护和路域环境整治；村级路长负责日常巡查，及时发现和报告路面损坏、违法占道、乱堆乱放等问题。
三、工作机制。实行“一月一巡查、一季一通报、一年一考核”，考核结果与村级绩效挂钩。
四、保障措施。镇财政每年安排农村公路养护资金不少于30万元，鼓励村民投工投劳参与公路养护。
芷江镇人民政府
2025年4月2日
""",
    ),
    dict(
        slug="netdisk-html-panxing-arts-festival-closing",
        site="盘星云分享 (invented)",
        style="网盘分享",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://share.panxing.net/f/8ab31c07",
        title="在第十届校园艺术节闭幕式上的讲话",
        record_title="在第十届校园艺术节闭幕式上的讲话.docx",
        date="2024-12-27",
        notes="cloud drive HTML preview: file-name record title; share panel and ads; date under the speech title; speaker line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在第十届校园艺术节闭幕式上的讲话.docx - 盘星云分享</title></head><body>
<div class="bar">⟦m 盘星云分享⟧ <a>⟦a 客户端下载⟧</a> <a>⟦a 登录⟧</a></div>
<div class="file">⟦m 在第十届校园艺术节闭幕式上的讲话.docx　22KB　2024-12-30 分享⟧</div>
<div class="ops">⟦a 保存到网盘　普通下载　极速下载（会员）⟧</div>
<div class="preview">
<h3>{T}</h3>
<p>校长　温景澄</p>
<p>（2024年12月27日）</p>
{BODY}
</div>
<div class="ad">⟦a 开通盘星会员，享10T空间和不限速下载⟧</div>
</body></html>
""",
        body="""
老师们、同学们：
为期一个月的第十届校园艺术节今天圆满落下帷幕。在此，我代表学校向获奖的班级和同学表示祝贺，向精心组织的老师们表示感谢！
本届艺术节共举办合唱、舞蹈、书画、器乐、戏剧等比赛和展演12项，全校2100多名同学参与，涌现出一批优秀作品和艺术新苗。
艺术教育是美育的重要途径。希望同学们在学好文化课的同时，培养一两项艺术爱好，用美好的艺术滋养心灵。
最后，祝同学们新年快乐，学业进步！
""",
    ),
    dict(
        slug="snapshot-html-tongyuan-public-rental-review-frame",
        site="搜易快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.souyi.example/c?u=http%3A%2F%2Fzjj.tongyuan.gov.cn%2Ftzgg%2F4410.html",
        title="关于开展2025年度公共租赁住房保障资格年审的通知",
        record_title="关于开展2025年度公共租赁住房保障资格年审的通知 - 快照",
        date="2025-05-06",
        notes="search-cache frame: snapshot banner with capture time (no date); original page's chrome inside; document's own consult phone kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展2025年度公共租赁住房保障资格年审的通知 - 快照</title></head><body>
<div class="cache-banner">⟦m 这是 http://zjj.tongyuan.gov.cn/tzgg/4410.html 的快照，抓取于 2025-06-11 03:18，页面可能已经更新⟧ ⟦a 查看原网页⟧</div>
<div class="cache-note">⟦m 以下关键词已高亮：公租房 年审⟧</div>
<div class="orig">
<div>⟦m 桐源县住房和城乡建设局⟧</div>
<div>⟦m 首页 > 通知公告⟧</div>
<h2>{T}</h2>
<div>⟦m 发布时间：2025-05-06　浏览：1204⟧</div>
{BODY}
<div>⟦m 主办：桐源县住房和城乡建设局　桂ICP备15003318号⟧</div>
</div>
</body></html>
""",
        body="""
全县公共租赁住房承租家庭：
根据公共租赁住房管理有关规定，县住建局决定开展2025年度公租房保障资格年审。现将有关事项通知如下。
一、年审对象：2024年12月31日前签订租赁合同的公租房承租家庭。
二、年审时间：2025年5月10日至6月30日。
三、年审方式：承租家庭如实申报家庭人口、收入、住房和财产变化情况，由社区初审、县住房保障中心复审。
四、不再符合条件的，按规定调整租金或限期腾退。逾期不参加年审的，视为自动放弃保障资格。
咨询电话：0774-6223015（县住房保障中心）。
桐源县住房和城乡建设局
2025年5月6日
""",
    ),
    dict(
        slug="snapshot-text-chengxi-no-honking-cache",
        site="迅搜网页快照 (invented search cache)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://kuaizhao.xunsou.example/view?id=3f2a99c1",
        title="关于城区部分路段实施机动车禁止鸣喇叭管理的通告",
        date="2025-09-12",
        notes="text-only cache: snapshot stamp and 'text version' line chrome; road table kept; document number neutral",
        page="""
!m 迅搜快照 —— 本页为网页文字版缓存，快照时间：2025年10月2日
!a 返回原网页　｜　查看图片版
{T}
城西县公安局　城西县城市管理局
城公通〔2025〕5号
{BODY}
!m 原网页地址：http://www.chengxi.gov.cn/gsgg/2025/0912/88.html
!d 快照内容由系统自动生成，不代表迅搜立场
""",
        body="""
为减少交通噪声污染，营造安静舒适的城市环境，根据《中华人民共和国道路交通安全法》等规定，决定自2025年10月1日起，在城区下列路段实施机动车禁止鸣喇叭管理：
路段名称　起止点
人民路　火车站至文化广场
学府路　县一中至县医院
滨江路　江滨公园至城西大桥
一、在上述路段内，除执行紧急任务的警车、消防车、救护车、工程救险车外，其他机动车一律禁止鸣喇叭。
二、违反本通告的，由公安机关交通管理部门依法处罚。
特此通告。
城西县公安局　城西县城市管理局
2025年9月12日
""",
    ),
    dict(
        slug="print-html-xiyan-business-startup-print-view",
        site="溪砚县人民政府 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xiyan.gov.cn/print.jsp?id=331028",
        title="溪砚县优化企业开办服务实施细则",
        record_title="打印 - 溪砚县优化企业开办服务实施细则",
        date="2025-03-28",
        notes="print view: print/close buttons, print URL and print time stamp (no date), print footer 第1页 共1页",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打印 - 溪砚县优化企业开办服务实施细则</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 【打印本页】 【关闭窗口】⟧</div>
<div class="site">⟦m 溪砚县人民政府门户网站⟧</div>
<h2>{T}</h2>
<p class="m">⟦m 发布时间：2025-03-28　来源：县市场监管局⟧</p>
{BODY}
<div class="pf">⟦m 打印时间：2025年4月3日 14:26　打印地址：www.xiyan.gov.cn/zwgk/331028.html⟧</div>
<div class="pg">⟦p 第1页　共1页⟧</div>
</body></html>
""",
        body="""
第一条　为进一步压缩企业开办时间，降低开办成本，结合本县实际，制定本细则。
第二条　企业开办实行“一窗受理、一表填报、一网通办”，设立登记、公章刻制、发票申领、社保登记和银行预约开户在1个工作日内办结。
第三条　新开办企业首套公章刻制费用由县财政承担，申请人可在线选择刻章单位。
第四条　申请人可通过企业开办平台下载电子营业执照，也可选择免费邮寄纸质执照。
第五条　本细则自2025年4月1日起施行。
""",
    ),
    dict(
        slug="print-text-luocheng-reconsideration-notice",
        site="洛城县司法局 打印版 (invented)",
        style="打印页",
        genre="公告",
        kind="notice",
        form="text",
        source="http://sfj.luocheng.gov.cn/print/2025/1820.html",
        title="洛城县人民政府行政复议受理场所和受理方式的公告",
        record_title="洛城县人民政府行政复议受理场所和受理方式的公告（打印版）",
        date="2025-02-15",
        notes="print text: running head and print footer ◆ 1/1 ◆ chrome; reconsideration office phone and mailbox kept; hard-wrapped",
        page="""
!m 洛城县司法局网站 · 打印版
!m 页面地址：http://sfj.luocheng.gov.cn/gg/2025/1820.html
{T}
!m 发布时间：2025-02-15
{BODY}
!p ◆ 1/1 ◆
!m 打印于 2025/10/12 09:41
""",
        wrap=66,
        body="""
根据《中华人民共和国行政复议法》规定，县人民政府统一行使行政复议职责。现将行政复议受理场所和受理方式公告如下：
一、受理场所：洛城县人民政府行政复议接待室（县公共法律服务中心一楼）。
二、受理方式：申请人可以当面递交、邮寄行政复议申请书，也可以通过县政府门户网站行政复议在线申请平台提交申请。
三、受理时间：法定工作日上午8:30至12:00，下午14:30至17:30。
四、咨询电话：0379-6512148；电子邮箱：lcxzfy@126.com。
洛城县人民政府
2025年2月15日
""",
    ),
    dict(
        slug="mail-text-fwd-key-projects-progress-report",
        site="县政务邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://gov-mail.example/inbox/20250705-0912",
        title="关于报送2025年上半年重点项目建设进度的通知",
        record_title="Fwd: 关于报送2025年上半年重点项目建设进度的通知",
        date="2025-07-03",
        notes="forwarded mail: headers, forward line, mail signature and mobile footer chrome; 附件 under the mail's own attachment header kept as document's 附件; send date differs, both accepted",
        page="""
!m 发件人：县发改局项目办 <xmb@fgj.example.gov.cn>
!m 收件人：各乡镇经发办
!m 日期：2025年7月5日 星期六 09:12
!m 主题：Fwd: 关于报送2025年上半年重点项目建设进度的通知
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!m 附件（1）：重点项目进度表.xlsx（18KB）
!m --
!m 县发改局项目办　电话：0756-7123318
!a 发自我的手机邮箱
""",
        date_also=["2025-07-05"],
        body="""
各乡镇人民政府、县直有关单位：
为全面掌握全县重点项目建设情况，请各单位于7月10日前报送2025年上半年重点项目建设进度。有关要求如下：
一、报送范围：列入2025年县重点项目计划的全部项目。
二、报送内容：项目形象进度、投资完成额、存在问题和下步措施，按附件格式填写。
三、有关要求：数据须经单位主要负责人审核，确保真实准确；未按时报送的，将在全县通报。
联系人：阮思齐，电话：0756-7123320。
附件：2025年上半年重点项目建设进度表
县重点项目建设指挥部办公室
2025年7月3日
""",
    ),
    dict(
        slug="mail-html-re-secondment-letter-chain",
        site="企业邮箱网页版 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.example-corp.cn/read?mid=ZC0925a",
        title="关于商借工作人员参与第五次全国经济普查资料开发的函",
        record_title="回复：Re: 关于商借工作人员参与第五次全国经济普查资料开发的函.docx",
        date="2025-09-22",
        notes="web mail HTML: reply chain, quoted earlier message, signature and disclaimer; file-name title with Re: prefixes",
        title_in="file-name",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>回复：Re: 关于商借工作人员参与第五次全国经济普查资料开发的函.docx - 邮箱</title></head><body>
<div class="toolbar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="hd">⟦m 发件人：县交通运输局办公室 &lt;bgs@jtj.example.gov.cn&gt;　时间：2025年9月25日(周四) 下午3:06⟧</div>
<div class="hd">⟦m 收件人：统计局综合科⟧</div>
<div class="reply">⟦m 好的，已收到，我局同意借调，具体人员名单明天回复。——县交通运输局办公室⟧</div>
<div class="quote">⟦m ------------------ 原始邮件 ------------------⟧</div>
<h3>{T}</h3>
{BODY}
<div class="sig">⟦m 统计局综合科 · 内线 8021⟧</div>
<div class="disc">⟦d 此邮件及其附件可能包含保密信息，若您不是收件人，请立即删除。⟧</div>
</body></html>
""",
        date_also=["2025-09-25"],
        body="""
县交通运输局：
为做好第五次全国经济普查资料开发工作，我局拟编写《县域交通运输业发展分析》专题报告。因我局专业力量不足，拟商借贵局熟悉行业统计的工作人员1名，于2025年10月8日至11月7日到我局参与资料开发。
借用期间，借调人员的工资福利仍由贵局发放，我局负责工作期间的交通和误餐补助。
恳请支持为盼。
联系人：贺明远，电话：0756-7130215。
县统计局
2025年9月22日
""",
    ),
]
